namespace Steward.Core.Audit;

/// <summary>A change to record, before the log gives it a sequence number, a time and its place in the chain.</summary>
/// <param name="Actor">Who made it (see <see cref="AuditEntry.Actor"/>).</param>
/// <param name="Action">What was done (see <see cref="AuditEntry.Action"/>).</param>
/// <param name="Subject">What it was done to.</param>
/// <param name="Details">A compact JSON object, never holding secrets or personal data; <c>{}</c> when none.</param>
public sealed record AuditChange(string Actor, string Action, string Subject, string Details = "{}");
