using Steward.Core.Evaluation.Scoring;

namespace Steward.Core.Tenders;

/// <summary>
/// Three sample bids that show a relative price method reordering two bids when a third arrives: scored with a lot's
/// own criteria and price method, <see cref="Before"/> without <see cref="Third"/> and <see cref="After"/> with it.
/// </summary>
public sealed record RankReversal(SampleBid First, SampleBid Second, SampleBid Third, LotResult Before, LotResult After);
