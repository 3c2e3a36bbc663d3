using Steward.Core.Processes;

namespace Steward.Core.Analytics.Flags;

/// <summary>
/// UK3: a buyer whose contract values crowd just under a procurement threshold (PA 2023 Sch. 1), which can mean a
/// requirement was valued or split to stay below the regulated regime (PA 2023 s.16 forbids that). A value is
/// "just under" when it is within the band below a threshold in force on its date, "just over" within the same
/// band above; a buyer is flagged when it has enough values just under and several times as many as just over.
/// Amounts are published net, so VAT is added first. Each value is compared with the thresholds that can apply
/// to it: works with the works threshold; goods and services with the central or sub-central government one by
/// the buyer's type (both when the type is unknown), and services also with the light-touch one, since Steward
/// cannot yet tell light-touch services apart.
/// </summary>
public sealed class Uk3ThresholdBunching(FlagSettings settings) : Indicator(settings)
{
    private readonly Dictionary<string, (int Under, int Over, List<string> Thresholds)> _buyers = new(StringComparer.Ordinal);

    public override string Code => "UK3";

    public override string Name => "Contract values bunched just under a threshold";

    public override string Subject => "buyer";

    protected override string Rule =>
        $"values (tender value, else the counted awards' total, plus {Settings.UkVatRate:P0} VAT) within {Settings.UkBunchingBand:P0} below a Sch. 1 threshold in force that can apply: ≥ {Settings.UkBunchingMinimum} " +
        $"and ≥ {Settings.UkBunchingRatio:0.#} × those within {Settings.UkBunchingBand:P0} above; PA 2023 Sch. 1 and s.16";

    public override void Observe(ProcessView process)
    {
        if (BuyerOf(process) is not { } buyer)
        {
            return;
        }

        Eligible++;
        var value = Counting.Value(process.TenderValue, process.TenderCurrency);
        if (value is null)
        {
            var awarded = process.Awards.Where(Counting.Counts).Select(a => Counting.Value(a.Value, a.Currency)).OfType<double>().ToList();
            value = awarded.Count > 0 ? awarded.Sum() : null;
        }

        if (value is not { } net)
        {
            return;
        }

        var amount = net * (1 + Settings.UkVatRate);

        WithData++;
        var entry = _buyers.GetValueOrDefault(buyer);
        entry.Thresholds ??= [];
        foreach (var (name, threshold) in ThresholdSet.InForce(Settings.Thresholds, process.ReportDate).Values.Where(t => Applies(t.Key, process)))
        {
            if (amount < threshold && amount >= threshold * (1 - Settings.UkBunchingBand))
            {
                entry.Under++;
                entry.Thresholds.Add(name);
            }
            else if (amount >= threshold && amount < threshold * (1 + Settings.UkBunchingBand))
            {
                entry.Over++;
            }
        }

        _buyers[buyer] = entry;
    }

    /// <summary>Whether the named Sch. 1 threshold can apply to the process (see the class summary).</summary>
    private static bool Applies(string threshold, ProcessView process)
    {
        var category = process.MainCategory?.ToLowerInvariant();
        var type = process.BuyerType ?? string.Empty;
        var kind = process.BuyerKind;

        // The published UK_CA_TYPE decides; without it, Steward's buyer type does where it is plain: central
        // government, or a body that is not (a council, an NHS body, a university, a housing association).
        var subCentral = type.Contains("SubCentral", StringComparison.OrdinalIgnoreCase) ||
                         (type.Length == 0 && kind is BuyerKinds.LocalAuthority or BuyerKinds.NhsBody or BuyerKinds.Education or BuyerKinds.HousingAssociation);
        var central = !subCentral && (type.Contains("CentralGovernment", StringComparison.OrdinalIgnoreCase) || (type.Length == 0 && kind == BuyerKinds.CentralGovernment));
        return threshold switch
        {
            "works" => category is null or "works",
            "light touch" => category is null or "services",
            "central government goods and services" => category != "works" && (central || !subCentral),
            "sub-central goods and services" => category != "works" && (subCentral || !central),
            _ => true,
        };
    }

    protected override void Complete()
    {
        foreach (var (buyer, (under, over, thresholds)) in _buyers.OrderBy(b => b.Key, StringComparer.Ordinal))
        {
            if (under >= Settings.UkBunchingMinimum && under >= Settings.UkBunchingRatio * Math.Max(over, 1))
            {
                var most = thresholds.GroupBy(t => t, StringComparer.Ordinal).OrderByDescending(g => g.Count()).First().Key;
                Raise("buyer", null, buyer, null, under,
                    $"{under} values within {Settings.UkBunchingBand:P0} below a threshold (mostly the {most} threshold) against {over} within {Settings.UkBunchingBand:P0} above it; the rule needs ≥ {Settings.UkBunchingMinimum} and ≥ {Settings.UkBunchingRatio:0.#} × as many as above");
            }
        }
    }
}
