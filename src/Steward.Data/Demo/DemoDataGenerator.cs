using System.Globalization;
using System.Text.Json;
using Steward.Ocds;

namespace Steward.Data.Demo;

/// <summary>
/// Writes deterministic, realistic, <b>synthetic</b> UK procurement data as JSON Lines of OCDS releases: Procurement
/// Act notice sequences (UK1 pipeline → UK2 engagement → UK4 tender → UK6 award → UK7 contract details → UK10
/// change; direct awards UK5 → UK6 → UK7), GB-PPON buyers with UK_CA_TYPE, suppliers with GB-COH and GB-PPON
/// identifiers and scale/VCSE flags, real CPV codes and NUTS regions, lots with price/quality/social value weights,
/// reserved lots, bid statistics and amendments. Releases come in publication order, so a process's notices are
/// spread through the stream as in a real feed. The same seed and count give the same bytes.
/// </summary>
/// <remarks>
/// Everything is marked as synthetic: the OCID prefix <see cref="OcidPrefix"/>, a top-level <c>synthetic: true</c>,
/// titles beginning "[Synthetic]" and organisation names that are invented.
/// </remarks>
public sealed class DemoDataGenerator(
    int seed,
    int buyers = DemoDataGenerator.DefaultBuyers,
    DemoSizeMix sizeMix = DemoSizeMix.Even,
    int suppliers = DemoDataGenerator.DefaultSuppliers)
{
    /// <summary>The share of processes with Find a Tender-sized notices in <see cref="DemoSizeMix.Uk"/> (≈ 320,000 of ≈ 1.3 million).</summary>
    public const double LargeShare = 0.24;

    /// <summary>How many buyers demo data has unless asked for more.</summary>
    public const int DefaultBuyers = 250;

    /// <summary>How many suppliers demo data draws winners and bidders from unless asked for more (the whole UK record has hundreds of thousands).</summary>
    public const int DefaultSuppliers = 3000;

    /// <summary>The OCID prefix of demo data: not a registered prefix, so it can never collide with real data.</summary>
    public const string OcidPrefix = "ocds-demo00-";

    /// <summary>Writes <paramref name="releases"/> releases to <paramref name="output"/>; returns how many processes they belong to.</summary>
    public int Write(Stream output, int releases)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfNegative(releases);
        var schedule = Schedule(releases);
        using var writer = new Utf8JsonWriter(output, OcdsJson.WriterOptions);
        var notice = 0;
        foreach (var (date, process, step) in schedule)
        {
            var plan = DemoProcess.Plan(seed, process, buyers, suppliers);
            if (sizeMix == DemoSizeMix.Uk)
            {
                // Drawn apart from the plan, so that the even mix's data stay byte for byte what they were.
                plan = plan with { Large = DemoRandom.For(seed, process, 41).NextDouble() < LargeShare };
            }

            DemoReleaseWriter.Write(writer, plan, plan.Steps[step], date, ++notice);
            writer.Flush();
            output.WriteByte((byte)'\n');
            writer.Reset(output);
        }

        return schedule.Select(s => s.Process).Distinct().Count();
    }

    /// <summary>Which notice of which process is published when, in publication order, to exactly the count asked.</summary>
    private List<(DateTime Date, int Process, int Step)> Schedule(int releases)
    {
        var schedule = new List<(DateTime, int, int)>(releases);
        var process = 0;
        while (schedule.Count < releases)
        {
            var plan = DemoProcess.Plan(seed, process, buyers, suppliers);
            for (var step = 0; step < plan.Steps.Count && schedule.Count < releases; step++)
            {
                schedule.Add((plan.DateOf(step), process, step));
            }

            process++;
        }

        return schedule.OrderBy(s => s.Item1).ThenBy(s => s.Item2).ThenBy(s => s.Item3).ToList();
    }

    /// <summary>A date-time as OCDS writes it.</summary>
    internal static string Iso(DateTime date) => date.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
