using Steward.Core.Analytics;
using Steward.Core.Analytics.Flags;
using static Steward.Core.Tests.Analytics.Views;

namespace Steward.Core.Tests.Analytics;

/// <summary>Each indicator on processes built to trigger it, and on near misses built not to.</summary>
public class FlagTests
{
    private static FlagReportResult Run(IEnumerable<ProcessView> processes, FlagSettings? settings = null) => FlagReport.Compute(processes, settings);

    private static IndicatorSummary Summary(FlagReportResult result, string code) => result.Indicators.Single(i => i.Code == code);

    private static List<RedFlag> Flags(FlagReportResult result, string code) => result.Flags.Where(f => f.Code == code).ToList();

    private static ProcessView Tender(string ocid, int days, string method = "open") => new()
    {
        Ocid = ocid,
        BuyerId = "b",
        ProcurementMethod = method,
        TenderStart = Day,
        TenderEnd = Day.AddDays(days).AddHours(3),
    };

    /// <summary>A priced competition: the sole winner bid 100, the runner-up 100·(1 + gap).</summary>
    private static ProcessView Priced(string ocid, double gap) => Process(ocid,
        awards: [Award("a", 100, Supplier("win"))],
        bids: [Bid("1", "valid", 100, "win"), Bid("2", "valid", 100 * (1 + gap), "second"), Bid("3", "valid", 100 * (1 + gap) + 50, "third")]);

    [Fact]
    public void R003_flags_submission_periods_shorter_than_15_whole_days()
    {
        var result = Run([Tender("short", 14), Tender("fine", 15), new ProcessView { Ocid = "undated" }]);
        Assert.Equal(["short"], Flags(result, "R003").Select(f => f.Ocid));
        Assert.Contains("14 days", Flags(result, "R003")[0].Reason, StringComparison.Ordinal);
        Assert.Equal((3, 2), (Summary(result, "R003").Eligible, Summary(result, "R003").WithData));
    }

    [Fact]
    public void R018_flags_a_single_bid_in_competitive_procedures_only()
    {
        var single = new ProcessView { Ocid = "single", ProcurementMethod = "selective", NumberOfTenderers = 1 };
        var statistic = new ProcessView { Ocid = "statistic", ProcurementMethod = "open", BidStatistics = [new BidStatisticView("bids", 1, null)] };
        var direct = new ProcessView { Ocid = "direct", ProcurementMethod = "direct", NumberOfTenderers = 1 };
        var several = new ProcessView { Ocid = "several", ProcurementMethod = "open", NumberOfTenderers = 4 };
        var result = Run([single, statistic, direct, several, new ProcessView { Ocid = "unknown", ProcurementMethod = "open" }]);
        Assert.Equal(["single", "statistic"], Flags(result, "R018").Select(f => f.Ocid));
        Assert.Equal((4, 3), (Summary(result, "R018").Eligible, Summary(result, "R018").WithData));
    }

    [Fact]
    public void R024_and_R058_fence_the_gap_between_the_winner_and_the_runner_up()
    {
        // Gaps 0.01, 0.40 … 0.60, 3.0: lower fence 0.2333 and upper fence 0.7667 (see StatisticsTests).
        double[] gaps = [0.50, 0.40, 3.0, 0.45, 0.48, 0.01, 0.52, 0.55, 0.60];
        var result = Run(gaps.Select((g, i) => Priced($"p{i}", g)));
        var close = Assert.Single(Flags(result, "R024"));
        Assert.Equal("p5", close.Ocid);
        Assert.Equal("win", close.OrganisationId);
        Assert.Equal(0.233333, Summary(result, "R024").Fence!.Fence!.Value, 5);
        Assert.Equal("p2", Assert.Single(Flags(result, "R058")).Ocid);
        Assert.Equal(0.766667, Summary(result, "R058").Fence!.Fence!.Value, 5);
        Assert.Equal(9, Summary(result, "R024").WithData);
    }

    [Fact]
    public void R024_needs_a_sole_final_winner_whose_bid_is_the_lowest()
    {
        var pending = Process("pending", awards: [Award("a", 100, Supplier("win")) with { Status = "pending" }], bids: [Bid("1", "valid", 100, "win"), Bid("2", "valid", 110, "x")]);
        var lowestLost = Process("lost", awards: [Award("a", 100, Supplier("win"))], bids: [Bid("1", "valid", 120, "win"), Bid("2", "valid", 110, "x")]);
        var consortium = Process("consortium", awards: [Award("a", 100, Supplier("win"))], bids: [Bid("1", "valid", 100, "win", "partner"), Bid("2", "valid", 110, "x")]);
        var result = Run([pending, lowestLost, consortium]);
        Assert.Equal(0, Summary(result, "R024").WithData);
        Assert.Empty(Flags(result, "R024"));
    }

    [Fact]
    public void R025_flags_frequent_bidders_that_rarely_win()
    {
        // Fixed threshold 0.2 (a Cardinal setting): "often" loses every one of 4 bids; "winner" wins 3 of 4.
        var processes = Enumerable.Range(0, 4).Select(i => Process($"p{i}",
            awards: [Award("a", 100, Supplier(i < 3 ? "winner" : "other"))],
            bids: [Bid("1", "valid", 100, i < 3 ? "winner" : "other"), Bid("2", "valid", 120, "often"), Bid("3", "valid", 130, i < 3 ? "other" : "winner")]));
        var result = Run(processes, FlagSettings.Default with { R025Threshold = 0.2 });
        var flag = Assert.Single(Flags(result, "R025"));
        Assert.Equal("often", flag.OrganisationId);
        Assert.Equal(0, flag.Value);
    }

    [Fact]
    public void R028_flags_identical_prices_from_different_tenderers_only()
    {
        var same = Process("same", bids: [Bid("1", "valid", 5000, "a"), Bid("2", "valid", 5000, "b"), Bid("3", "valid", 6000, "c")]);
        var resubmitted = Process("resubmitted", bids: [Bid("1", "valid", 5000, "a"), Bid("2", "valid", 5000, "a")]);
        var result = Run([same, resubmitted]);
        var flag = Assert.Single(Flags(result, "R028"));
        Assert.Equal("same", flag.Ocid);
        Assert.Contains("a, b", flag.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void R030_flags_a_late_valid_bid_that_won()
    {
        ProcessView Late(string ocid, string lateTenderer) => new()
        {
            Ocid = ocid,
            TenderEnd = Day.AddDays(10),
            Awards = [Award("a", 100, Supplier("win"))],
            Bids = [Bid("1", "valid", 100, lateTenderer) with { Date = Day.AddDays(11) }, Bid("2", "valid", 90, "other")],
        };
        var result = Run([Late("won", "win"), Late("lost", "someone")]);
        Assert.Equal("won", Assert.Single(Flags(result, "R030")).Ocid);
        Assert.Equal(2, Summary(result, "R030").WithData);
    }

    [Fact]
    public void R035_flags_a_winner_whose_rivals_were_all_disqualified()
    {
        var flagged = Process("p1", awards: [Award("a", 100, Supplier("win"))], bids: [Bid("1", "valid", 100, "win"), Bid("2", "disqualified", 90, "x"), Bid("3", "disqualified", 95, "y")]);
        var fair = Process("p2", awards: [Award("a", 100, Supplier("win"))], bids: [Bid("1", "valid", 100, "win"), Bid("2", "valid", 90, "x"), Bid("3", "disqualified", 95, "y")]);
        var result = Run([flagged, fair]);
        var flag = Assert.Single(Flags(result, "R035"));
        Assert.Equal(("p1", 2.0), (flag.Ocid, flag.Value));
    }

    [Fact]
    public void R036_flags_a_disqualified_lowest_bid()
    {
        var flagged = Process("p1", awards: [Award("a", 100, Supplier("win"))], bids: [Bid("1", "valid", 100, "win"), Bid("2", "disqualified", 80, "x")]);
        var fair = Process("p2", awards: [Award("a", 100, Supplier("win"))], bids: [Bid("1", "valid", 100, "win"), Bid("2", "disqualified", 120, "x")]);
        var result = Run([flagged, fair]);
        Assert.Equal("p1", Assert.Single(Flags(result, "R036")).Ocid);
    }

    [Fact]
    public void R038_flags_buyers_and_tenderers_with_many_disqualified_bids()
    {
        // Threshold 0.5 (a Cardinal setting). Buyer "strict": 3 of 4 bids disqualified; "fair": 0 of 4. Tenderer "x" 2 of 2.
        var strict = Enumerable.Range(0, 2).Select(i => Process($"s{i}", buyer: "strict",
            bids: [Bid("1", "disqualified", 1, "x"), Bid("2", i == 0 ? "valid" : "disqualified", 2, $"y{i}")]));
        var fair = Enumerable.Range(0, 2).Select(i => Process($"f{i}", buyer: "fair", bids: [Bid("1", "valid", 1, "z"), Bid("2", "valid", 2, "w")]));
        var result = Run(strict.Concat(fair), FlagSettings.Default with { R038Threshold = 0.5 });
        var flags = Flags(result, "R038");
        Assert.Contains(flags, f => f.Subject == "buyer" && f.BuyerId == "strict" && f.Value == 0.75);
        Assert.Contains(flags, f => f.Subject == "tenderer" && f.OrganisationId == "x" && f.Value == 1);
        Assert.DoesNotContain(flags, f => f.BuyerId == "fair" || f.OrganisationId is "z" or "w");
    }

    [Fact]
    public void R048_flags_suppliers_awarded_across_many_sectors()
    {
        // With a minimum of 3 processes and a threshold of 3 divisions: "broad" won in 45, 33 and 72; "narrow" only in 45.
        ProcessView Won(string ocid, string supplier, string cpv) => new()
        {
            Ocid = ocid,
            Awards = [Award("a", 100, Supplier(supplier))],
            Classifications = [new ClassificationView("CPV", cpv)],
        };
        var result = Run(
            [Won("1", "broad", "45000000"), Won("2", "broad", "33100000"), Won("3", "broad", "72200000"),
             Won("4", "narrow", "45100000"), Won("5", "narrow", "45200000"), Won("6", "narrow", "45300000")],
            FlagSettings.Default with { R048MinimumProcesses = 3, R048Threshold = 3 });
        var flag = Assert.Single(Flags(result, "R048"));
        Assert.Equal(("broad", 3.0), (flag.OrganisationId, flag.Value));
    }

    [Fact]
    public void UK1_flags_act_tenders_below_the_minimum_period_unless_a_planned_notice_shortens_it()
    {
        ProcessView Act(string ocid, int days, bool planned = false, bool? above = true) => new()
        {
            Ocid = ocid,
            LegalBasis = "UKPGA:2023/54",
            ProcurementMethod = "open",
            AboveThreshold = above,
            TenderStart = Day,
            TenderEnd = Day.AddDays(days),
            Notices = planned ? [new NoticeView("UK3", "planning", Day.AddDays(-60))] : [],
        };
        var pcr = Act("pcr", 5) with { LegalBasis = "CELEX:32014L0024", AboveThreshold = null };
        var result = Run([Act("short", 20), Act("planned", 20, planned: true), Act("enough", 25), Act("below", 5, above: false), pcr]);
        var flag = Assert.Single(Flags(result, "UK1"));
        Assert.Equal("short", flag.Ocid);
        Assert.Contains("PA 2023 s.54(4)", flag.Reason, StringComparison.Ordinal);
        Assert.Equal((4, 3), (Summary(result, "UK1").Eligible, Summary(result, "UK1").WithData));
    }

    [Fact]
    public void UK2_flags_buyers_whose_direct_award_share_is_above_the_fence()
    {
        // Twelve buyers with 10 processes each: eleven award 1 or 2 directly, one awards 9.
        var processes = new List<ProcessView>();
        for (var b = 0; b < 12; b++)
        {
            var direct = b == 11 ? 9 : 1 + (b % 2);
            processes.AddRange(Enumerable.Range(0, 10).Select(i => Process($"b{b}-{i}", buyer: $"buyer{b:00}", method: i < direct ? "direct" : "open")));
        }

        var result = Run(processes);
        var flag = Assert.Single(Flags(result, "UK2"));
        Assert.Equal(("buyer11", 0.9), (flag.BuyerId, flag.Value));
        var expected = Statistics.Fences(Enumerable.Range(0, 12).Select(b => b == 11 ? 0.9 : (1 + (b % 2)) / 10.0)).Upper;
        Assert.Equal(expected, Summary(result, "UK2").Fence!.Fence!.Value, 6);
    }

    [Fact]
    public void UK3_flags_values_crowding_under_a_threshold()
    {
        // 2026 sub-central goods and services threshold £207,720 (VAT included); the band is 5%: £197,334 to £207,719.99
        // gross, so £164,445 to £173,099.99 net of 20% VAT. Goods bought by a sub-central authority: that is the only threshold.
        ProcessView Valued(string ocid, string buyer, double gross) => new()
        {
            Ocid = ocid,
            BuyerId = buyer,
            BuyerType = "publicAuthoritySubCentralGovernment",
            MainCategory = "goods",
            TenderValue = gross / 1.2,
            TenderCurrency = "GBP",
            FirstPublished = new DateTime(2026, 5, 1, 0, 0, 0, DateTimeKind.Utc),
        };
        var crowded = Enumerable.Range(0, 6).Select(i => Valued($"c{i}", "crowded", 200_000 + (i * 1000)));
        var smooth = Enumerable.Range(0, 6).Select(i => Valued($"s{i}", "smooth", i < 3 ? 200_000 : 210_000));
        var result = Run(crowded.Concat(smooth));
        var flag = Assert.Single(Flags(result, "UK3"));
        Assert.Equal(("crowded", 6.0), (flag.BuyerId, flag.Value));
        Assert.Contains("sub-central goods and services", flag.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void UK4_flags_award_notices_without_a_contract_details_notice_once_it_is_due()
    {
        ProcessView Awarded(string ocid, DateTime awarded, DateTime? details, DateTime? latest = null) => new()
        {
            Ocid = ocid,
            Date = latest ?? awarded,
            Notices = details is { } d
                ? [new NoticeView("UK6", "award", awarded), new NoticeView("UK7", "award", d)]
                : [new NoticeView("UK6", "award", awarded)],
        };
        var horizon = new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc);
        var result = Run(
        [
            Awarded("missing", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), null),
            Awarded("on-time", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 1, 30, 0, 0, 0, DateTimeKind.Utc)),
            Awarded("late", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc)),
            Awarded("recent", new DateTime(2026, 5, 20, 0, 0, 0, DateTimeKind.Utc), null, horizon),
        ]);
        var flags = Flags(result, "UK4");
        Assert.Equal(["missing", "late"], flags.Select(f => f.Ocid));
        Assert.Contains("due by 2026-02-10", flags[0].Reason, StringComparison.Ordinal);
        Assert.Equal((4, 3), (Summary(result, "UK4").Eligible, Summary(result, "UK4").WithData));
    }

    [Fact]
    public void Cancelled_tenders_are_not_looked_at_and_missing_data_is_reported_as_coverage()
    {
        var cancelled = Tender("cancelled", 2) with { Status = "cancelled" };
        var result = Run([cancelled, new ProcessView { Ocid = "bare" }]);
        Assert.Equal(1, result.ProcessesExcluded);
        Assert.Empty(result.Flags);
        Assert.All(result.Indicators.Where(i => i.Code.StartsWith('R')), i => Assert.Equal(0, i.WithData));
    }
}
