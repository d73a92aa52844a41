import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import { payloadOf } from '../../graphql/payload';
import type { Agency, AgencySuccession } from '../agencies/service';
import { AgencyType } from '../agencies/types';
import { AgencySuccessionPayload, AgencySuccessionType, SucceedAgencyInputType } from './types';

/** Every merger an agency took part in, as predecessor or successor, oldest first. */
@Resolver(() => AgencyType)
export class AgencySuccessionsResolver {
  @FieldResolver(() => [AgencySuccessionType], { description: 'Kế thừa (mergers this agency took part in, either side)' })
  successions(@Root() agency: Agency, @Ctx() { loaders }: HubContext): Promise<AgencySuccession[]> {
    return loaders.successionsByAgencyId.load(agency.id);
  }
}

@Resolver(() => AgencySuccessionType)
export class AgencySuccessionResolver {
  @Mutation(() => AgencySuccessionPayload, {
    description:
      'DIC records that an agency was succeeded by another: its datasets, pending requests, grants and officials move (REQUIREMENTS §10)',
  })
  succeedAgency(
    @Ctx() { viewer, services }: HubContext,
    @Arg('input', () => SucceedAgencyInputType) input: SucceedAgencyInputType,
  ): Promise<AgencySuccessionPayload> {
    return payloadOf('succession', () => services.succession.succeedAgency(viewer, input));
  }

  @FieldResolver(() => AgencyType, { nullable: true })
  predecessor(@Root() succession: AgencySuccession, @Ctx() { loaders }: HubContext): Promise<Agency | null> {
    return loaders.agencyById.load(succession.predecessorId);
  }

  @FieldResolver(() => AgencyType, { nullable: true })
  successor(@Root() succession: AgencySuccession, @Ctx() { loaders }: HubContext): Promise<Agency | null> {
    return loaders.agencyById.load(succession.successorId);
  }
}
