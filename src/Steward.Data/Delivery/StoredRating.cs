using Steward.Core.SocialValue.Delivery;

namespace Steward.Data.Delivery;

/// <summary>A KPI's rating for a period on the PA 2023 s.71 scale, with the buyer's note and who rated it (a role and organisation).</summary>
public sealed record StoredRating(string Id, string KpiId, DateOnly PeriodStart, DateOnly PeriodEnd, PerformanceRating Rating, string Note, string RatedBy, DateTimeOffset RatedAt);
