namespace Steward.Core.Tenders;

/// <summary>
/// One thing the design checker found: a stable code, how much it matters, a sentence saying why with the figures,
/// the rule it rests on and the JSON path of the field (<c>lots[0].criteria[2].goals</c>). The CLI's JSON keys are
/// <c>code</c>, <c>severity</c>, <c>message</c>, <c>reference</c> and <c>path</c>.
/// </summary>
/// <param name="Example">For a relative price method, the rank reversal shown on bids built from the lot's own weights.</param>
/// <param name="Code">Stable, for tools (<c>WEIGHTS_TOTAL</c>).</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Message">Why, with the figures.</param>
/// <param name="Reference">The law, policy or method it rests on.</param>
/// <param name="Path">The JSON path of the field in DESIGN.json.</param>
public sealed record DesignFinding(string Code, FindingSeverity Severity, string Message, string Reference, string Path, RankReversal? Example = null);
