using System.Globalization;
using Steward.Core.Evaluation.Scoring;

namespace Steward.Core.Tenders;

/// <summary>
/// The design checker: pure functions that read a <see cref="TenderDesign"/> and say what is wrong with it before it
/// is published, each finding with its reason and the rule it rests on. Errors block publication; a warning may be
/// overridden with a recorded reason. The checks live in the partial files DesignChecker.*.cs, one per concern.
/// </summary>
public static partial class DesignChecker
{
    public static IReadOnlyList<DesignFinding> Check(TenderDesign design, DesignCheckSettings settings)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(settings);
        var findings = new List<DesignFinding>();
        Completeness(design, findings);
        Cpvs(design, findings);
        Timetable(design, settings, findings);
        ModelVersion(design, settings, findings);
        for (var index = 0; index < design.Lots.Count; index++)
        {
            var lot = design.Lots[index];
            var path = lot.Path.Length > 0 ? lot.Path : Invariant($"lots[{index}]");
            Weights(lot, path, findings);
            PriceMethodFindings(design, lot, path, findings);
            SocialValue(design, lot, path, settings, findings);
            GoalsAndMeasures(design, lot, path, settings, findings);
            Reservations(design, lot, path, settings, findings);
            CostTemplate(lot, path, findings);
        }

        return findings;
    }

    /// <summary>Whether nothing found blocks publication.</summary>
    public static bool Publishable(IReadOnlyList<DesignFinding> findings) => findings.All(f => f.Severity != FindingSeverity.Error);

    private static void Error(List<DesignFinding> findings, string code, string path, string message, string reference) =>
        findings.Add(new DesignFinding(code, FindingSeverity.Error, message, reference, path));

    private static void Warning(List<DesignFinding> findings, string code, string path, string message, string reference) =>
        findings.Add(new DesignFinding(code, FindingSeverity.Warning, message, reference, path));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>A figure as a person writes it: 10, 12.5, 33.33.</summary>
    private static string Figure(decimal value) => decimal.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private static string Money(decimal value) => "£" + value.ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>Methods whose price is not weighted against quality: PPQP, the ratio, monetised quality, fixed and lowest price.</summary>
    private static bool PriceUnweighted(PriceMethod? method) =>
        method?.Formula is PriceFormula.F7 or PriceFormula.F8 or PriceFormula.F10 or PriceFormula.F14 or PriceFormula.F15;

    /// <summary>Methods where the quality marks, not the total, are the base of a percentage (PPQP and its kin).</summary>
    private static bool QualityBased(PriceMethod? method) => method?.Formula is PriceFormula.F7 or PriceFormula.F8 or PriceFormula.F10;
}
