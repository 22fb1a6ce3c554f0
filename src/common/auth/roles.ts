export const ROLES = ['User', 'Admin', 'Super Admin'] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { User: 1, Admin: 2, 'Super Admin': 3 };

/** `User` < `Admin` < `Super Admin`: a role satisfies every role at or below it. */
export const roleAtLeast = (role: Role, required: Role) => RANK[role] >= RANK[required];
export const roleRank = (role: Role) => RANK[role];
