namespace Steward.Core.Analytics.Flags;

/// <summary>
/// UK2: a buyer that awards an unusually high share of its processes without competition (direct awards under PA
/// 2023 s.41–43, or the PCR 2015 negotiated procedure without notice): share at or above the upper fence
/// (Q3 + 1.5·IQR) among buyers with enough processes. Direct awards are lawful in their grounds; the flag asks
/// whether the grounds were used as the exception the Act intends.
/// </summary>
public sealed class Uk2DirectAwardShare(FlagSettings settings) : Indicator(settings)
{
    private readonly Dictionary<string, (int Direct, int Known)> _buyers = new(StringComparer.Ordinal);

    public override string Code => "UK2";

    public override string Name => "High direct-award share";

    public override string Subject => "buyer";

    protected override string Rule =>
        $"share of a buyer's processes with procurementMethod direct or limited ≥ Q3 + 1.5 × IQR among buyers with ≥ {Settings.UkDirectAwardMinimumProcesses} " +
        "processes of known method, when the fence is above 0; PA 2023 s.41–43 (direct award)";

    public override void Observe(ProcessView process)
    {
        if (BuyerOf(process) is not { } buyer)
        {
            return;
        }

        Eligible++;
        if (ProcedureKinds.Of(process.ProcurementMethod) == ProcedureKinds.Unknown)
        {
            return;
        }

        WithData++;
        var (direct, known) = _buyers.GetValueOrDefault(buyer);
        _buyers[buyer] = (direct + (ProcedureKinds.IsUncompeted(process.ProcurementMethod) ? 1 : 0), known + 1);
    }

    protected override void Complete()
    {
        var kept = _buyers.Where(b => b.Value.Known >= Settings.UkDirectAwardMinimumProcesses).OrderBy(b => b.Key, StringComparer.Ordinal).ToList();
        Fence = Fenced(kept.Select(b => (double)b.Value.Direct / b.Value.Known), Settings.UkDirectAwardThreshold, upper: true);
        if (Fence.Fence is not { } fence || fence <= 0)
        {
            return;
        }

        foreach (var (buyer, (direct, known)) in kept)
        {
            var share = (double)direct / known;
            if (share >= fence)
            {
                Raise("buyer", null, buyer, null, Math.Round(share, 6),
                    $"{direct} of {known} processes awarded directly ({share:P1}); the upper fence among {kept.Count} buyers is {fence:P1} ({Fence.Kind})");
            }
        }
    }
}
