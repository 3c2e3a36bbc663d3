using System.Globalization;

namespace Steward.Core.Processes;

/// <summary>
/// UK postcodes: their area ("CB"), district ("CB3") and first-level region (NUTS 1 / ITL 1). The region comes
/// from the postcode area, with the districts of areas that straddle a region border placed one by one (CH5–CH8 are
/// in Wales, the rest of CH in the North West). Where a district itself straddles a border it is placed where most
/// of it lies. This table is Steward's own reading of the postcode geography (docs/indicators.md, "Regions"); the
/// ONS Postcode Directory is the authority and can replace it.
/// </summary>
public static class Postcodes
{
    private static readonly Dictionary<string, string> AreaRegions = Table(
        ("UKC", "DH DL NE SR TS"),
        ("UKD", "BB BL CA CH CW FY L LA M OL PR SK WA WN"),
        ("UKE", "BD DN HD HG HU HX LS S WF YO"),
        ("UKF", "DE LE LN NG NN"),
        ("UKG", "B CV DY HR ST SY TF WR WS WV"),
        ("UKH", "AL CB CM CO IP LU NR PE SG SS WD"),
        ("UKI", "BR CR E EC EN HA IG KT N NW RM SE SM SW TW UB W WC"),
        ("UKJ", "BN CT DA GU HP ME MK OX PO RG RH SL SO TN"),
        ("UKK", "BA BH BS DT EX GL PL SN SP TA TQ TR"),
        ("UKL", "CF LD LL NP SA"),
        ("UKM", "AB DD DG EH FK G HS IV KA KW KY ML PA PH TD ZE"),
        ("UKN", "BT"));

    /// <summary>Districts placed apart from their area: (area, first district number, last district number, region).</summary>
    private static readonly (string Area, int From, int To, string Region)[] DistrictRegions =
    [
        ("BH", 24, 25, "UKJ"), ("BR", 8, 8, "UKJ"), ("CH", 5, 8, "UKL"), ("CR", 3, 3, "UKJ"), ("CR", 6, 6, "UKJ"),
        ("CV", 13, 13, "UKF"), ("DA", 5, 8, "UKI"), ("DA", 14, 18, "UKI"), ("DE", 13, 15, "UKG"), ("DL", 6, 11, "UKE"),
        ("DN", 21, 22, "UKF"), ("EN", 6, 11, "UKH"), ("HP", 1, 4, "UKH"), ("HP", 23, 23, "UKH"), ("IG", 7, 7, "UKH"),
        ("IG", 9, 10, "UKH"), ("KT", 7, 8, "UKJ"), ("KT", 10, 24, "UKJ"), ("MK", 40, 46, "UKH"), ("OL", 14, 14, "UKE"),
        ("PE", 8, 12, "UKF"), ("PE", 20, 25, "UKF"), ("RM", 15, 20, "UKH"), ("S", 18, 18, "UKF"), ("S", 21, 21, "UKF"),
        ("S", 32, 33, "UKF"), ("S", 40, 45, "UKF"), ("S", 80, 81, "UKF"), ("SK", 13, 13, "UKF"), ("SK", 17, 17, "UKF"),
        ("SK", 22, 23, "UKF"), ("SM", 7, 7, "UKJ"), ("SN", 7, 7, "UKJ"), ("SP", 6, 6, "UKJ"), ("SP", 10, 11, "UKJ"),
        ("SY", 14, 14, "UKD"), ("SY", 15, 25, "UKL"), ("TD", 15, 15, "UKC"), ("TW", 15, 20, "UKJ"),
    ];

    /// <summary>The outward code ("CB3" of "CB3 0AP", or of "cb30ap"), or null when the text is not a UK postcode or outward code.</summary>
    public static string? District(string? postcode)
    {
        if (string.IsNullOrWhiteSpace(postcode))
        {
            return null;
        }

        var text = new string(postcode.Where(c => !char.IsWhiteSpace(c)).Select(char.ToUpperInvariant).ToArray());
        var outward = text.Length is >= 5 and <= 7 && IsInward(text[^3..]) ? text[..^3] : text;
        return IsOutward(outward) ? outward : null;
    }

    /// <summary>The postcode area: the letters of the outward code ("CB"), or null.</summary>
    public static string? Area(string? postcode) =>
        District(postcode) is { } district ? new string(district.TakeWhile(char.IsAsciiLetter).ToArray()) : null;

    /// <summary>
    /// The first-level region of a UK postcode (UKC … UKN), or null for a postcode outside the UK's regions (Jersey,
    /// Guernsey, the Isle of Man, British Forces) or text that is not a postcode.
    /// </summary>
    public static string? Region(string? postcode)
    {
        if (District(postcode) is not { } district)
        {
            return null;
        }

        var area = new string(district.TakeWhile(char.IsAsciiLetter).ToArray());
        if (!AreaRegions.TryGetValue(area, out var region))
        {
            return null;
        }

        var digits = new string(district[area.Length..].TakeWhile(char.IsAsciiDigit).ToArray());
        if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            foreach (var (a, from, to, placed) in DistrictRegions)
            {
                if (a == area && number >= from && number <= to)
                {
                    return placed;
                }
            }
        }

        return region;
    }

    private static bool IsOutward(string text) =>
        text.Length is >= 2 and <= 4 && char.IsAsciiLetterUpper(text[0]) &&
        (char.IsAsciiDigit(text[1]) ? text.Length <= 3 : char.IsAsciiLetterUpper(text[1]) && text.Length >= 3 && char.IsAsciiDigit(text[2])) &&
        text.All(char.IsAsciiLetterOrDigit);

    private static bool IsInward(string text) => char.IsAsciiDigit(text[0]) && char.IsAsciiLetterUpper(text[1]) && char.IsAsciiLetterUpper(text[2]);

    private static Dictionary<string, string> Table(params (string Region, string Areas)[] rows) =>
        rows.SelectMany(r => r.Areas.Split(' ').Select(a => (Area: a, r.Region))).ToDictionary(r => r.Area, r => r.Region, StringComparer.Ordinal);
}
