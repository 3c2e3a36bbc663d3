namespace Steward.Core.Suppliers;

/// <summary>How a <see cref="Verdict"/> is written: <c>true</c>, <c>false</c>, <c>unknown</c>.</summary>
public static class Verdicts
{
    public static string Code(this Verdict verdict) => verdict switch
    {
        Verdict.True => "true",
        Verdict.False => "false",
        _ => "unknown",
    };
}
