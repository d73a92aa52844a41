import { Field, InputType, ObjectType } from 'type-graphql';

/** A point of contact as GraphQL shows and takes it, with or without a name that must be given. */
interface Contact<NameRequired extends boolean> {
  contactName: NameRequired extends true ? string : string | null | undefined;
  contactEmail?: string | null;
  contactPhone?: string | null;
}

/**
 * The contact triple (name, e-mail, phone) of a dataset's point of contact, an e-form's requester
 * and a partner organisation: one declaration, which a type or an input extends (type-graphql
 * builds a subclass's fields from its parent's). `emailNote` describes the e-mail field where a
 * form needs an e-mail or a phone (shared/contact.ts checks it).
 */
function contactFields<NameRequired extends boolean>(name: string, nameRequired: NameRequired, emailNote?: string) {
  // Named for type-graphql, which builds a subclass's fields from its parent's type; neither
  // name reaches the schema, since no field has the parent's type.
  @ObjectType(name)
  @InputType(`${name}Input`)
  abstract class ContactFields {
    @Field(() => String, { nullable: !nameRequired })
    contactName!: string | null | undefined;

    @Field(() => String, { nullable: true, ...(emailNote ? { description: emailNote } : {}) })
    contactEmail?: string | null;

    @Field(() => String, { nullable: true })
    contactPhone?: string | null;
  }
  return ContactFields as abstract new () => Contact<NameRequired>;
}

/** A dataset's point of contact, optional until the review checks ask for it. */
export const OptionalContact = contactFields('OptionalContactFields', false);
/** The contact of a request or a partner, as shown. */
export const RequiredContact = contactFields('RequiredContactFields', true);
/** The contact a form must be given: a name, and an e-mail or a phone. */
export const RequiredContactInput = contactFields('RequiredContactInputFields', true, 'An email or a phone number is required');
