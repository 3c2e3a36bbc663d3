using Steward.Core.Analytics;

namespace Steward.Core.Tests.Analytics;

/// <summary>Small builders for hand-made processes, so each test states only what it is about.</summary>
internal static class Views
{
    public static readonly DateTime Day = new(2026, 3, 2, 0, 0, 0, DateTimeKind.Utc);

    public static ProcessView Process(string ocid, string? buyer = "buyer-1", string? method = "open", IReadOnlyList<AwardView>? awards = null,
        IReadOnlyList<BidView>? bids = null, IReadOnlyList<LotView>? lots = null, DateTime? published = null) => new()
        {
            Ocid = ocid,
            BuyerId = buyer,
            BuyerName = buyer is null ? null : $"Name of {buyer}",
            ProcurementMethod = method,
            FirstPublished = published ?? Day,
            Date = published ?? Day,
            Awards = awards ?? [],
            Bids = bids ?? [],
            Lots = lots ?? [new LotView("tender", null, null, null, [])],
        };

    public static AwardView Award(string id, double? value, params SupplierView[] suppliers) =>
        new(id, "active", Day.AddDays(30), value, "GBP", [], suppliers.Length, suppliers);

    public static SupplierView Supplier(string id, string? scale = null, bool? vcse = null) => new(id, scale, vcse);

    public static BidView Bid(string id, string status, double? value, params string[] tenderers) =>
        new(id, status, Day.AddDays(10), value, "GBP", [], tenderers.Length, tenderers);
}
