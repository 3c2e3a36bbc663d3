namespace Steward.Core.Evaluation.Conflicts;

/// <summary>
/// An evaluator's declaration about one bidder, made after the deadline from the bidders' names alone and before any
/// bid is read (PA 2023 s.81). A declared interest keeps the evaluator from that bid (s.82), with the mitigation recorded.
/// </summary>
/// <param name="Evaluator">The evaluator's account id.</param>
/// <param name="Bidder">The bidding supplier organisation's id.</param>
/// <param name="Interest">None, or the kind of interest.</param>
/// <param name="Description">What the interest is (kept with the procurement's records, s.98; never in the audit trail).</param>
/// <param name="Mitigation">What is done about it: for Steward, at least that the evaluator does not read or score the bid.</param>
/// <param name="At"></param>
public sealed record ConflictDeclaration(string Evaluator, string Bidder, InterestKind Interest, string? Description, string? Mitigation, DateTimeOffset At);
