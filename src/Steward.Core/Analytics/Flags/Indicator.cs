using System.Globalization;

namespace Steward.Core.Analytics.Flags;

/// <summary>
/// One red-flag indicator: it sees every process that passes the global exclusions (<see cref="Observe"/>), then
/// says what it flagged (<see cref="Finish"/>). Indicators that compare against a distribution keep what they
/// need while observing and fence it at the end.
/// </summary>
public abstract class Indicator(FlagSettings settings)
{
    private readonly List<RedFlag> _flags = [];

    protected FlagSettings Settings { get; } = settings;

    public abstract string Code { get; }

    public abstract string Name { get; }

    /// <summary>process, buyer, tenderer or supplier.</summary>
    public virtual string Subject => "process";

    protected int Eligible { get; set; }

    protected int WithData { get; set; }

    protected FenceSummary? Fence { get; set; }

    public abstract void Observe(ProcessView process);

    /// <summary>Fences what needs fencing (the default does nothing).</summary>
    protected virtual void Complete()
    {
    }

    /// <summary>The rule in words, with its settings and source.</summary>
    protected abstract string Rule { get; }

    public (IndicatorSummary Summary, IReadOnlyList<RedFlag> Flags) Finish()
    {
        Complete();
        var summary = new IndicatorSummary
        {
            Code = Code,
            Indicator = Name,
            Subject = Subject,
            Eligible = Eligible,
            WithData = WithData,
            Flagged = _flags.Count,
            Fence = Fence,
            Rule = Rule,
        };
        return (summary, _flags);
    }

    protected void Raise(string subject, string? ocid, string? buyerId, string? organisationId, double? value, FormattableString reason) =>
        _flags.Add(new RedFlag
        {
            Code = Code,
            Indicator = Name,
            Subject = subject,
            Ocid = ocid,
            BuyerId = buyerId,
            OrganisationId = organisationId,
            Value = value,
            Reason = reason.ToString(CultureInfo.InvariantCulture),
        });

    /// <summary>The organisation the process's buyer resolves to: the key buyer flags are raised under.</summary>
    protected static string? BuyerOf(ProcessView process) => process.BuyerId;

    /// <summary>The Tukey fence of <paramref name="values"/>, unless a fixed threshold replaces it (as Cardinal's settings do).</summary>
    protected static FenceSummary Fenced(IEnumerable<double> values, double? threshold, bool upper)
    {
        var fences = Statistics.Fences(values);
        if (threshold is { } fixedValue)
        {
            return new FenceSummary(fences.Count, null, null, fixedValue, "fixed threshold");
        }

        return new FenceSummary(fences.Count, Nan(fences.Q1), Nan(fences.Q3), Nan(upper ? fences.Upper : fences.Lower),
            upper ? "Q3 + 1.5 × IQR" : "Q1 − 1.5 × IQR");
    }

    private static double? Nan(double value) => double.IsNaN(value) ? null : Math.Round(value, 6);
}

/// <summary>What a flag needs to name a process once the pass is over: its ocid and buyer, not the whole view.</summary>
public sealed record ProcessSubject(string Ocid, string? BuyerId)
{
    public static ProcessSubject Of(ProcessView process)
    {
        ArgumentNullException.ThrowIfNull(process);
        return new ProcessSubject(process.Ocid, process.BuyerId);
    }
}
