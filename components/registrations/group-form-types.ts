import type { QuestionDefinition } from '@/lib/questions/schema';
import { answerDefault } from '@/components/questions/answer-default';

/** One person of the group form as the inputs hold it (strings; answers as the question controls want them). */
export interface GroupMemberFields {
  salutation: string;
  title: string;
  firstName: string;
  lastName: string;
  email: string;
  organization: string;
  position: string;
  sector: string;
  state: string;
  answers: Record<string, unknown>;
}

/** The group form's values: the schema's input plus honeypot and form token, which the schema strips. */
export interface GroupFormFields {
  submitter: Pick<GroupMemberFields, 'salutation' | 'title' | 'firstName' | 'lastName' | 'email' | 'organization'>;
  members: GroupMemberFields[];
  consents: { privacy: boolean };
  website: string;
  formToken: string;
}

export const SUBMITTER_FIELDS = ['salutation', 'title', 'firstName', 'lastName', 'email', 'organization'] as const;
export const MEMBER_FIELDS = [...SUBMITTER_FIELDS, 'position', 'sector', 'state'] as const;
export type PersonField = (typeof MEMBER_FIELDS)[number];

/** An empty person with each question's default answer. */
export function emptyMember(questions: QuestionDefinition[]): GroupMemberFields {
  return {
    salutation: '',
    title: '',
    firstName: '',
    lastName: '',
    email: '',
    organization: '',
    position: '',
    sector: '',
    state: '',
    answers: Object.fromEntries(questions.map((q) => [q.id, answerDefault(q, undefined)])),
  };
}

/** The element id of a person's field: `submitter-email`, `members-2-firstName`. */
export const fieldId = (prefix: string, field: string) => `${prefix.replace(/\./g, '-')}-${field}`;
