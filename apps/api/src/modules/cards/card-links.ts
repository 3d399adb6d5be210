import type { Tx } from '../../db/transaction.ts';
import { AppError } from '../../errors.ts';

interface LinkInput {
  assigneeId?: string | null | undefined;
  shareable?: boolean | undefined;
  campaignId?: string | null | undefined;
}

interface LinkFields {
  assigneeId?: string | null;
  shareable?: boolean;
  campaignId?: string | null;
}

const notInTeam = (field: string, message: string, what: string) =>
  new AppError('VALIDATION_FAILED', message, { errors: [{ path: `body.${field}`, message: `is not ${what}` }] });

/**
 * The card fields that point at other rows, checked against the card's team: an assignee must be
 * a member of it, a campaign one of its campaigns. Returns only the fields the client sent.
 */
export async function linkedCardFields(tx: Tx, teamId: string, input: LinkInput): Promise<LinkFields> {
  const out: LinkFields = {};
  if (input.shareable !== undefined) out.shareable = input.shareable;
  if (input.assigneeId !== undefined) {
    if (input.assigneeId !== null) {
      const member = await tx.membership.findUnique({
        where: { teamId_userId: { teamId, userId: input.assigneeId } },
        select: { userId: true },
      });
      if (!member) {
        throw notInTeam(
          'assigneeId',
          'The assignee must be a member of the team; pick one from the list.',
          'a member of this team',
        );
      }
    }
    out.assigneeId = input.assigneeId;
  }
  if (input.campaignId !== undefined) {
    if (input.campaignId !== null) {
      const campaign = await tx.campaign.findFirst({ where: { id: input.campaignId, teamId }, select: { id: true } });
      if (!campaign) {
        throw notInTeam(
          'campaignId',
          "The campaign must be one of the team's campaigns; pick one from the list.",
          'a campaign of this team',
        );
      }
    }
    out.campaignId = input.campaignId;
  }
  return out;
}
