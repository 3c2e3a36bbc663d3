using Steward.Data.Delivery;
using Steward.Web.Tables;
using static Steward.Web.Tables.ColumnFormat;

namespace Steward.Web.Delivery;

/// <summary>
/// Committed against delivered as public tables (docs/social-value.md), the same on the page and in the CSV/XLSX
/// download: each KPI of a buyer's, a supplier's or a process's contracts taken on, and the market view of suppliers.
/// Only verified reports count; a KPI with none says "No reports" on the page and is empty in the download.
/// Organisations only, never people.
/// </summary>
public static class DeliveryTables
{
    public const string NoReports = "No reports";

    public static readonly IReadOnlyList<string> Keys = ["buyer-delivery", "supplier-delivery", "process-delivery", "delivery-suppliers"];

    public static PortalTable? Build(string key, string? id, ContractDeliveries deliveries, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(deliveries);
        return key switch
        {
            "buyer-delivery" when id is not null => Kpis(key, deliveries.ForBuyer(id, today), id),
            "supplier-delivery" when id is not null => Kpis(key, deliveries.ForSupplier(id, today), id),
            "process-delivery" when id is not null => Kpis(key, deliveries.ForProcess(id, today), id),
            "delivery-suppliers" => Suppliers(deliveries.SupplierRecords(today)),
            _ => null,
        };
    }

    /// <summary>Each KPI of the summary's contracts: committed, delivered (verified), delivered ÷ committed, on track.</summary>
    public static PortalTable Kpis(string key, DeliverySummary summary, string id)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var rows = summary.Contracts.SelectMany(c => c.Kpis.Select(k => (IReadOnlyList<object?>)[c.Contract.Title, c.Contract.BuyerName, c.Contract.SupplierName,
            k.Kpi.Measure, k.Kpi.Unit, (double)k.Kpi.Target, (double?)k.Delivered, (double?)k.Ratio, OnTrack(k.OnTrack), k.Reports.Verified, k.Kpi.Goal,
            k.Kpi.Place, c.Contract.Ocid, c.Delivery.BuyerId])).ToList();
        return new PortalTable(key, "Each KPI: delivered (verified) against committed", [
            new("Contract", "contract", Link: r => Links.Process((string)r[12]!)), new("Buyer", "buyer", Link: r => r[13] is string b ? Links.Buyer(b) : null) { Filter = true },
            new("Supplier", "supplier") { Filter = true, Missing = "Not named" }, new("KPI", "measure"), new("Unit", "unit"), new("Committed", "committed", Number),
            new("Delivered (verified)", "delivered", Number) { Missing = NoReports }, new("Delivered ÷ committed", "ratio", Percent) { Missing = NoReports },
            new("On track", "onTrack") { Filter = true }, new("Verified reports", "verifiedReports", Number), new("Goal", "goal") { Missing = "None given" },
            new("Place", "place") { Missing = "None given" }, new("OCID", "ocid"), new("Buyer id", "buyerId") { DownloadOnly = true }], rows, $"?id={Uri.EscapeDataString(id)}");
    }

    /// <summary>The market view: which suppliers deliver what they promise, over every buyer that holds them to KPIs.</summary>
    public static PortalTable Suppliers(IReadOnlyList<SupplierRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var rows = records.Select(r => (IReadOnlyList<object?>)[r.Name, r.Buyers, r.Delivery.Contracts, r.Delivery.Kpis, r.Delivery.KpisAssessed,
            r.Delivery.KpisOnTrack, (double?)r.Delivery.ShareOnTrack, (double?)r.Coverage, (double?)r.Delivery.ValueDelivered, r.Delivery.PriceYear, r.OrganisationId]).ToList();
        return new PortalTable("delivery-suppliers", "Suppliers held to social value KPIs: what they delivered against what they committed", [
            new("Supplier", "supplier", Link: r => r[10] is string s ? Links.Supplier(s) : null), new("Buyers", "buyers", Number), new("Contracts", "contracts", Number),
            new("KPIs", "kpis", Number), new("KPIs with verified reports", "kpisAssessed", Number), new("KPIs on track", "kpisOnTrack", Number),
            new("Share on track", "shareOnTrack", Percent) { Missing = NoReports }, new("Coverage", "coverage", Percent) { Missing = NoReports },
            new("Verified value delivered", "valueDelivered", Money) { Missing = "Not valued" }, new("Price year", "priceYear") { Missing = "–" },
            new("Organisation id", "organisationId") { Missing = "Not found in the published data" }], rows);
    }

    public static string OnTrack(bool? onTrack) => onTrack switch { true => "Yes", false => "No", _ => NoReports };
}
