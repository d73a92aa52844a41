import { Field, ObjectType, type ClassType } from 'type-graphql';
import { ConflictError, DomainError, InputError, NotFoundError } from '../shared/errors';

@ObjectType({ description: 'A problem with one input field, for the form to show beside it' })
export class InputProblem {
  @Field()
  field!: string;

  @Field()
  message!: string;
}

@ObjectType({ description: 'An expected failure of a mutation, returned as data rather than thrown' })
export class MutationError {
  @Field({ description: 'BAD_USER_INPUT, CONFLICT or NOT_FOUND' })
  code!: string;

  @Field()
  message!: string;

  @Field(() => [InputProblem])
  inputErrors!: InputProblem[];
}

type Payload<K extends string, T> = { [P in K]?: T } & { error?: MutationError };

/** What a payload made by payloadType holds: the one result, or the expected failure. */
export type PayloadOf<K extends string, T> = Payload<K, T>;

/**
 * The GraphQL type of a mutation that returns one thing or an expected failure: `{ <key>: T,
 * error }`. Most payloads differ only in that field, so they are made here rather than written
 * out each time; type-graphql reads these decorators as if they stood on a class. A payload with
 * more fields or descriptions stays a class of its own.
 */
export function payloadType(name: string, key: string, type: () => ClassType): ClassType {
  @ObjectType(name)
  class PayloadType {}
  Field(type, { nullable: true })(PayloadType.prototype, key);
  Field(() => MutationError, { nullable: true })(PayloadType.prototype, 'error');
  return PayloadType;
}

/**
 * Runs a mutation and turns the failures a user can fix into `{ error }` data; everything
 * else (forbidden, unauthenticated, bugs) stays an exception for the coded-error path.
 */
export async function payloadOf<K extends string, T>(key: K, work: () => Promise<T>): Promise<Payload<K, T>> {
  try {
    return { [key]: await work() } as Payload<K, T>;
  } catch (error) {
    if (error instanceof InputError || error instanceof ConflictError || error instanceof NotFoundError) {
      return { error: toMutationError(error) } as Payload<K, T>;
    }
    throw error;
  }
}

function toMutationError(error: DomainError): MutationError {
  const inputErrors =
    error instanceof InputError
      ? error.problems
      : error instanceof ConflictError && error.field
        ? [{ field: error.field, message: error.message }]
        : [];
  return { code: error.code, message: error.message, inputErrors };
}
