namespace Steward.Core.Suppliers;

/// <summary>
/// One published flag the register disagrees with: <c>contradicted</c> when the register's classification is the
/// opposite, <c>unsupported</c> when the notice claims it and the register cannot confirm it (unknown, or true without
/// current evidence).
/// </summary>
public sealed record FlagMismatch(string Flag, bool Published, Verdict Register, bool Verified, string Kind, string Reason);
