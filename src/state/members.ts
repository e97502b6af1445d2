import type { GroupMember } from "../model/okta.js";
import type { AdminGateway } from "../okta/admin.js";

/** Members of these groups, at most `max` each (all at once; the client keeps to Okta's limits). */
export async function readMembers(
  okta: AdminGateway,
  groupIds: Iterable<string>,
  max: number,
): Promise<{ members: Map<string, GroupMember[]>; truncated: Set<string> }> {
  const ids = [...new Set(groupIds)].sort();
  const answers = await Promise.all(ids.map((id) => okta.groupMembers(id, max)));
  const members = new Map<string, GroupMember[]>();
  const truncated = new Set<string>();
  answers.forEach((answer, i) => {
    members.set(ids[i]!, answer.users);
    if (answer.truncated) truncated.add(ids[i]!);
  });
  return { members, truncated };
}
