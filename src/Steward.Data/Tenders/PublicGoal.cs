using Steward.Core.Tenders;

namespace Steward.Data.Tenders;

/// <summary>A goal as the public sees it: the goal, and the buyer that set it.</summary>
public sealed record PublicGoal(Goal Goal, string OrganisationId, string BuyerName);
