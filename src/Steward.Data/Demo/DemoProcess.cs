namespace Steward.Data.Demo;

/// <summary>
/// The invented facts of one demo process, derived from the seed and its number alone, so that each of its notices
/// can be written on its own, in any order, and always the same.
/// </summary>
internal sealed record DemoProcess
{
    /// <summary>The first day of demo notices: the Procurement Act 2023 came into force on 24 February 2025.</summary>
    public static readonly DateTime Start = new(2025, 2, 24, 9, 0, 0, DateTimeKind.Utc);

    private static readonly int[] SocialValueWeights = [0, 5, 10, 10, 10, 15, 20];
    private static readonly int[] PriceWeights = [30, 40, 40, 50, 60];
    private static readonly int[] ContractMonths = [12, 24, 36, 48, 60];

    public required string Ocid { get; init; }

    public required DemoOrganisation Buyer { get; init; }

    public required string Title { get; init; }

    public required (string Code, string Description, string Category) Cpv { get; init; }

    public required (string Code, string Name) Region { get; init; }

    public required (string Method, string Details, bool Competitive) Procedure { get; init; }

    public required bool AboveThreshold { get; init; }

    public required IReadOnlyList<DemoLot> Lots { get; init; }

    public required int StartMinute { get; init; }

    /// <summary>Whether its notices are Find a Tender-sized (<see cref="DemoSizeMix.Uk"/>): long descriptions, more classifications.</summary>
    public bool Large { get; init; }

    public required IReadOnlyList<DemoStep> Steps { get; init; }

    /// <summary>Days from the tender notice to the tender deadline.</summary>
    public required int TenderDays { get; init; }

    /// <summary>The share a contract change adds to the value, for a UK10 notice.</summary>
    public required double ChangeShare { get; init; }

    /// <summary>When the notice at <paramref name="step"/> is published.</summary>
    public DateTime DateOf(int step)
    {
        var day = Start.AddMinutes(StartMinute).Date;
        for (var i = 0; i <= step; i++)
        {
            day = day.AddDays(Steps[i].DaysAfterPrevious);
        }

        return day.AddMinutes(Steps[step].MinuteOfDay);
    }

    /// <summary>When the award was made: the date of the UK6 notice.</summary>
    public DateTime AwardDate => DateOf(Steps.ToList().FindIndex(s => s.Notice == "UK6")).Date;

    /// <summary>The tender deadline, for a process with a tender notice.</summary>
    public DateTime? TenderEnd => Steps.ToList().FindIndex(s => s.Notice == "UK4") is var i and >= 0
        ? DateOf(i).Date.AddDays(TenderDays).AddHours(12)
        : null;

    /// <summary>How many buyers demo data has unless asked for more.</summary>
    public const int DefaultBuyers = DemoDataGenerator.DefaultBuyers;

    /// <summary>How many suppliers demo data draws its winners and bidders from unless asked for more.</summary>
    public const int DefaultSuppliers = DemoDataGenerator.DefaultSuppliers;

    /// <summary>
    /// Process <paramref name="number"/>. Its buyer is one of <paramref name="buyers"/>, drawn at random; with more
    /// buyers than the default, the first processes go one to each buyer so that every buyer has one (a store of tens
    /// of thousands of buyers, as the whole UK record has). Its winners and bidders are drawn from
    /// <paramref name="suppliers"/> suppliers.
    /// </summary>
    public static DemoProcess Plan(int seed, int number, int buyers = DefaultBuyers, int suppliers = DefaultSuppliers)
    {
        var random = DemoRandom.For(seed, number, 17);
        var anomalies = DemoRandom.For(seed, number, 23);
        var drawn = random.Next(buyers);
        var buyer = DemoOrganisation.Buyer(seed, buyers > DefaultBuyers && number < buyers ? number : drawn);
        var cpv = DemoCatalogue.Cpv[random.Next(DemoCatalogue.Cpv.Length)];
        var procedure = DemoCatalogue.Procedures[random.Next(DemoCatalogue.Procedures.Length)];
        var aboveThreshold = random.NextDouble() < 0.45;
        var lotCount = random.NextDouble() < 0.7 ? 1 : 2 + random.Next(3);
        var socialValue = SocialValueWeights[random.Next(SocialValueWeights.Length)];
        var price = PriceWeights[random.Next(PriceWeights.Length)];
        var lots = Enumerable.Range(1, lotCount).Select(lot =>
        {
            var value = Math.Round((20_000 + Math.Pow(random.NextDouble(), 3) * (aboveThreshold ? 8_000_000 : 600_000)) / 100) * 100;
            var reserved = random.NextDouble() switch
            {
                < 0.015 => "shelteredWorkshop",
                < 0.025 => "publicServiceMissionOrganization",
                < 0.06 when !aboveThreshold => "smeVcse",
                _ => null,
            };
            var bids = procedure.Competitive ? 1 + (int)(random.NextDouble() * random.NextDouble() * 9) : 1;
            var supplier = DemoOrganisation.Supplier(seed, random.Next(suppliers), reserved);
            return new DemoLot
            {
                Id = lotCount == 1 ? "1" : lot.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Title = lotCount == 1 ? cpv.Description : $"Lot {lot}: {cpv.Description} ({DemoCatalogue.Places[random.Next(DemoCatalogue.Places.Length)]})",
                Value = value,
                SuitableForSme = random.NextDouble() < 0.8,
                SuitableForVcse = random.NextDouble() < 0.45,
                Reserved = reserved,
                PriceWeight = price,
                SocialValueWeight = socialValue,
                QualityWeight = 100 - price - socialValue,
                Bids = bids,
                SmeBids = (int)Math.Round(bids * random.NextDouble()),
                Supplier = supplier,
                AwardValue = Math.Round(value * (0.8 + random.NextDouble() * 0.3) / 100) * 100,
                ContractMonths = ContractMonths[random.Next(ContractMonths.Length)],
            };
        }).ToList();
        // About 2% of above-threshold tenders are given less than the PA 2023 s.54 minimum, and 3% of contract
        // details notices come late, so that the UK flags have something to find.
        var tenderDays = aboveThreshold
            ? anomalies.NextDouble() < 0.02 ? 15 + anomalies.Next(10) : 25 + (lotCount * 3) + anomalies.Next(10)
            : 12 + anomalies.Next(25);
        var lateDetails = anomalies.NextDouble() < 0.03;
        if (procedure.Competitive && anomalies.NextDouble() < 0.35)
        {
            lots = lots.Select(lot => lot with { BidDetails = DemoBidding.Plan(anomalies, seed, lot, suppliers) }).ToList();
        }

        return new DemoProcess
        {
            Ocid = $"{DemoDataGenerator.OcidPrefix}{number:x6}",
            Buyer = buyer,
            Title = $"[Synthetic] {cpv.Description} for {buyer.Name}",
            Cpv = cpv,
            Region = buyer.Region,
            Procedure = procedure,
            AboveThreshold = aboveThreshold,
            Lots = lots,
            StartMinute = (number * 11) + random.Next(60 * 24 * 3),
            Steps = PlanSteps(random, procedure.Method == "direct", lateDetails),
            TenderDays = tenderDays,
            ChangeShare = 0.05 + (random.NextDouble() * 0.2),
        };
    }

    /// <summary>The notices a process publishes, with the days between them.</summary>
    private static List<DemoStep> PlanSteps(Random random, bool direct, bool lateDetails)
    {
        var steps = new List<DemoStep>();
        void Add(string notice, int days) => steps.Add(new DemoStep(notice, days, random.Next(8 * 60, 17 * 60)));
        if (direct)
        {
            Add("UK5", 0);
        }
        else
        {
            if (random.NextDouble() < 0.2)
            {
                Add("UK1", 0);
            }

            if (random.NextDouble() < 0.15)
            {
                Add("UK2", steps.Count == 0 ? 0 : 30 + random.Next(60));
            }

            Add("UK4", steps.Count == 0 ? 0 : 20 + random.Next(90));
        }

        Add("UK6", direct ? 10 + random.Next(10) : 30 + random.Next(60));
        Add("UK7", lateDetails ? 60 + random.Next(60) : 8 + random.Next(25));
        if (random.NextDouble() < 0.1)
        {
            Add("UK10", 90 + random.Next(300));
        }

        return steps;
    }
}
