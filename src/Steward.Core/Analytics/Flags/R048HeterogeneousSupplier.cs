namespace Steward.Core.Analytics.Flags;

/// <summary>
/// R048 (Cardinal): a supplier, awarded in many processes, that supplies an unusual variety of sectors (distinct
/// CPV divisions at or above the upper fence). Cardinal reads the awarded items' classifications; Steward reads
/// the process's CPV codes (tender, items and awarded items together).
/// </summary>
public sealed class R048HeterogeneousSupplier(FlagSettings settings) : Indicator(settings)
{
    private readonly Dictionary<string, (HashSet<string> Sectors, int Processes)> _suppliers = new(StringComparer.Ordinal);

    public override string Code => "R048";

    public override string Name => "Heterogeneous supplier";

    public override string Subject => "supplier";

    protected override string Rule =>
        $"distinct {Settings.R048Digits}-digit CPV prefixes a supplier was awarded in ≥ Q3 + 1.5 × IQR among suppliers awarded in ≥ {Settings.R048MinimumProcesses} processes " +
        "(active awards with one supplier); OCDS Cardinal R048";

    public override void Observe(ProcessView process)
    {
        Eligible++;
        var sectors = process.Classifications
            .Where(c => string.Equals(c.Scheme, "CPV", StringComparison.OrdinalIgnoreCase) && c.Code.Length >= Settings.R048Digits)
            .Select(c => c.Code[..Settings.R048Digits]).ToHashSet(StringComparer.Ordinal);
        var winners = BidRules.Active(process).Where(a => a.SupplierCount == 1 && a.Suppliers.Count == 1)
            .Select(a => a.Suppliers[0].OrganisationId).ToHashSet(StringComparer.Ordinal);
        if (sectors.Count == 0 || winners.Count == 0)
        {
            return;
        }

        WithData++;
        foreach (var winner in winners)
        {
            if (!_suppliers.TryGetValue(winner, out var entry))
            {
                entry = (new HashSet<string>(StringComparer.Ordinal), 0);
            }

            entry.Sectors.UnionWith(sectors);
            _suppliers[winner] = (entry.Sectors, entry.Processes + 1);
        }
    }

    protected override void Complete()
    {
        var kept = _suppliers.Where(s => s.Value.Processes >= Settings.R048MinimumProcesses).OrderBy(s => s.Key, StringComparer.Ordinal).ToList();
        Fence = Fenced(kept.Select(s => (double)s.Value.Sectors.Count), Settings.R048Threshold, upper: true);
        if (Fence.Fence is not { } fence)
        {
            return;
        }

        foreach (var (supplier, (sectors, processes)) in kept.Where(s => s.Value.Sectors.Count >= fence))
        {
            Raise("supplier", null, null, supplier, sectors.Count,
                $"awarded in {processes} processes across {sectors.Count} CPV divisions ({string.Join(", ", sectors.Order(StringComparer.Ordinal))}); the upper fence is {fence:0.##} ({Fence.Kind})");
        }
    }
}
