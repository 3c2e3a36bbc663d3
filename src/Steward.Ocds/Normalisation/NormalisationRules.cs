namespace Steward.Ocds.Normalisation;

/// <summary>
/// The rules of the UK normalisation, with the reason each gives. The quirks and their sources are listed in
/// Steward's domain notes on UK OCDS (ocds-uk.md §3 and §5) and in docs/ocds-toolkit.md.
/// </summary>
public static class NormalisationRules
{
    public const string HtmlEntities = "html-entities";
    public const string BareDate = "bare-date";
    public const string ScaleVariant = "scale-variant";
    public const string CompaniesHouseNumber = "companies-house-number";
    public const string PlaceholderValue = "placeholder-value";
    public const string LegacySmeVcoFlags = "legacy-sme-vco";
    public const string DuplicateBidStatistic = "duplicate-bid-statistic";
    public const string DeliveryAddressesObject = "delivery-addresses-object";
    public const string StrayField = "stray-field";

    /// <summary>Every rule with a one-line description, in the order they are applied.</summary>
    public static IReadOnlyList<(string Rule, string Description)> All { get; } =
    [
        (HtmlEntities, "HTML character references in text (&amp;amp;, &amp;#039;) are decoded, however many times they were encoded; ids are left as published"),
        (BareDate, "dates without a time or an offset become RFC 3339 date-times at that UK local time (Europe/London)"),
        (ScaleVariant, "supplier scale variants (\"SME\", \"Small\", \"small or medium\"…) become partyScale codes"),
        (CompaniesHouseNumber, "Companies House numbers are padded to 8 characters (01234567, SC012345), in identifiers and party ids"),
        (PlaceholderValue, "amounts of 1 or less (e.g. 0.01), which UK notices use as placeholders, are removed as unknown"),
        (LegacySmeVcoFlags, "Contracts Finder's legacy sme/vco and isSuitableForSme/Vco flags move to details.scale/vcse and tender.suitability"),
        (DuplicateBidStatistic, "bid statistics that Find a Tender repeats once per award are kept once per lot and measure"),
        (DeliveryAddressesObject, "deliveryAddresses published as an object keyed \"1\", \"2\"… becomes an array"),
        (StrayField, "the stray empty buyerID array of Find a Tender notices is removed"),
    ];
}
