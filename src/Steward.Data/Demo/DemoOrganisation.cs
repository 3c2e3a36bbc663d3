using System.Globalization;

namespace Steward.Data.Demo;

/// <summary>An invented organisation of the demo data, the same for the same seed and number.</summary>
internal sealed record DemoOrganisation
{
    public required string PartyId { get; init; }

    public required string Name { get; init; }

    public required string Ppon { get; init; }

    /// <summary>An 8-digit Companies House number, or null (public bodies, charities).</summary>
    public string? CompaniesHouse { get; init; }

    public string? Charity { get; init; }

    public required (string Code, string Name) Region { get; init; }

    public string? BuyerType { get; init; }

    public string? Scale { get; init; }

    public bool? Vcse { get; init; }

    public bool? ShelteredWorkshop { get; init; }

    public bool? PublicServiceMission { get; init; }

    public static DemoOrganisation Buyer(int seed, int number)
    {
        var random = DemoRandom.For(seed, number, 23);
        var kind = DemoCatalogue.BuyerKinds[random.Next(DemoCatalogue.BuyerKinds.Length)];
        var place = DemoCatalogue.Places[number % DemoCatalogue.Places.Length];
        var name = kind == "Department" ? $"Department for {place} Affairs (synthetic)" : $"{place} {kind} {number / DemoCatalogue.Places.Length + 1} (synthetic)";
        var ppon = NewPpon(random);
        return new DemoOrganisation
        {
            PartyId = $"GB-PPON-{ppon}",
            Name = name,
            Ppon = ppon,
            Region = DemoCatalogue.Regions[random.Next(DemoCatalogue.Regions.Length)],
            BuyerType = kind == "Department" ? "publicAuthorityCentralGovernment" : "publicAuthoritySubCentralGovernment",
        };
    }

    /// <summary>A supplier; a lot reserved for supported employment providers or mutuals goes to one that is.</summary>
    public static DemoOrganisation Supplier(int seed, int number, string? reservedFor)
    {
        var random = DemoRandom.For(seed, number, 29);
        var (form, suffix) = DemoCatalogue.SupplierForms[random.Next(DemoCatalogue.SupplierForms.Length)];
        var words = $"{DemoCatalogue.SupplierWords[random.Next(DemoCatalogue.SupplierWords.Length)]} {DemoCatalogue.SupplierWords[random.Next(DemoCatalogue.SupplierWords.Length)]}";
        var companyNumber = (1_000_000 + (number * 7919 % 8_999_999)).ToString("D8", CultureInfo.InvariantCulture);
        var vcse = form is "cic" or "charity" or "mutual" || random.NextDouble() < 0.05;
        return new DemoOrganisation
        {
            PartyId = form == "charity" ? $"GB-CHC-{1_100_000 + number}" : $"GB-COH-{companyNumber}",
            Name = $"{words} {suffix} (synthetic {number})",
            Ppon = NewPpon(random),
            CompaniesHouse = form == "charity" ? null : companyNumber,
            Charity = form == "charity" ? (1_100_000 + number).ToString(CultureInfo.InvariantCulture) : null,
            Region = DemoCatalogue.Regions[random.Next(DemoCatalogue.Regions.Length)],
            Scale = form == "plc" ? "large" : random.NextDouble() < 0.65 ? "sme" : "large",
            Vcse = vcse,
            ShelteredWorkshop = reservedFor == "shelteredWorkshop" || random.NextDouble() < 0.01,
            PublicServiceMission = reservedFor == "publicServiceMissionOrganization" || form == "mutual",
        };
    }

    /// <summary>A Public Procurement Organisation Number shaped as the Central Digital Platform issues them: AAAA-1234-AAAA.</summary>
    private static string NewPpon(Random random)
    {
        char Letter() => (char)('A' + random.Next(26));
        return $"{Letter()}{Letter()}{Letter()}{Letter()}-{random.Next(10_000):D4}-{Letter()}{Letter()}{Letter()}{Letter()}";
    }
}
