namespace Steward.Web.Bidding;

/// <summary>
/// One criterion of an assessment summary in words (reg 31(2)(c)–(e)), at its depth in the tree (0 for a criterion,
/// 1 for its sub-criteria): what it asked, its weight or place, the marks available, the score and what it earned,
/// what the published scale says the score means, and why it was given.
/// </summary>
public sealed record SheetCriterion(int Depth, string Title, string Importance, string Available, string Score, string Marks, string Descriptor, string Explanation);
