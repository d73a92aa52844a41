/** The citizen a consent is about, as their signed-in account proves. */
export interface CitizenRef {
  cccd: string;
}

/** The partner service reading, as its client credentials prove. */
export interface PartnerRef {
  clientId: string;
}

/** Where partner clients are known: a name for the receipt, or null for a client that may not be chosen. */
export interface PartnerDirectory {
  activeClientName(clientId: string): Promise<string | null>;
}
