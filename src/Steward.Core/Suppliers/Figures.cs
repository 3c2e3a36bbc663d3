using System.Globalization;

namespace Steward.Core.Suppliers;

/// <summary>How reasons write figures: pounds with thousands separators, percentages to one decimal place.</summary>
internal static class Figures
{
    public static string Pounds(decimal value) => value.ToString("£#,##0;-£#,##0", CultureInfo.InvariantCulture);

    public static string Percent(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture) + "%";

    /// <summary>
    /// A share as text beside the threshold it was tested against: "30%" normally, but "just under 30%" (or "just over")
    /// when rounding to one decimal place would show the threshold itself while the exact comparison fell the other way.
    /// </summary>
    public static string PercentAgainst(decimal share, decimal threshold, bool passes, bool inclusive = true)
    {
        if (Math.Round(share, 1) != threshold)
        {
            return Percent(share);
        }

        return inclusive && !passes ? $"just under {Percent(threshold)}"
            : !inclusive && passes ? $"just over {Percent(threshold)}"
            : Percent(share);
    }

    public static string Number(decimal value) => value.ToString("#,##0.##", CultureInfo.InvariantCulture);

    /// <summary><paramref name="part"/> as a percentage of <paramref name="whole"/>; null when either is missing or the whole is not positive.</summary>
    public static decimal? Share(decimal? part, decimal? whole) =>
        part is { } p && whole is { } w && w > 0 ? Math.Round(p * 100m / w, 4) : null;

    public static Dictionary<string, decimal?> Of(params (string Name, decimal? Value)[] figures) =>
        figures.ToDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal);
}
