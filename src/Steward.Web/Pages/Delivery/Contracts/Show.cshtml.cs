using Microsoft.AspNetCore.Mvc;
using Steward.Core.Common;
using Steward.Core.SocialValue.Delivery;
using Steward.Core.SocialValue.Valuation;
using Steward.Data.Delivery;
using Steward.Web.Accounts;

namespace Steward.Web.Pages.Delivery.Contracts;

/// <summary>
/// One contract the buyer took on (commissioners: CanManageDelivery; another buyer's is "not found"): its KPIs with
/// every version and committed against delivered, the PA 2023 s.52 warning, adding KPIs (one, or a CSV file), changing
/// one, valuing one with a proxy, rating performance (s.71), recording spend and publishing it all as OCDS.
/// </summary>
[RequestSizeLimit(2 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 2 * 1024 * 1024)]
public sealed class ShowModel(ContractDeliveries deliveries, ActingAccount acting, TimeProvider time) : DeliveryPage(deliveries, acting, time)
{
    public ContractFigures Figures { get; private set; } = null!;

    public DeliveryContract Contract => Figures.Contract;

    public IReadOnlyList<ProxyLibrary> Libraries { get; private set; } = [];

    [BindProperty]
    public KpiForm Kpi { get; set; } = new();

    [BindProperty]
    public IFormFile? Csv { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? Rating { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public decimal? Spend { get; set; }

    [BindProperty]
    public string? LibraryJson { get; set; }

    [BindProperty]
    public string? Proxy { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, string? done)
    {
        if (!await LoadAsync(id).ConfigureAwait(false))
        {
            return NotFound();
        }

        Done = done switch
        {
            "taken" => "The contract is taken on.",
            "kpis" => "The KPIs are saved.",
            "changed" => "The KPI is changed; its earlier version keeps its history.",
            "rated" => "The rating is recorded.",
            "published" => "Published as OCDS.",
            "spend" => "The spend is recorded.",
            "library" => "The proxy library is imported.",
            "linked" => "The KPI's proxy value is set.",
            _ => null,
        };
        return Page();
    }

    public Task<IActionResult> OnPostKpiAsync(string id) => ActAsync(id, "kpis", () => Kpi.MissingError ?? Deliveries.AddKpis(id, Organisation, [Kpi.ToKpi()], Current.Party).Error);

    public Task<IActionResult> OnPostChangeAsync(string id) => ActAsync(id, "changed", () => Kpi.MissingError ?? Deliveries.ChangeKpi(id, Organisation, Kpi.ToKpi() with { InForceFrom = Kpi.InForceFrom }, Reason ?? string.Empty, Current.Party).Error);

    public Task<IActionResult> OnPostCsvAsync(string id) => ActAsync(id, "kpis", () =>
    {
        if (Csv is null)
        {
            return new Error(ContractDeliveries.Code, "csv: choose a CSV file of KPIs");
        }

        using var reader = new StreamReader(Csv.OpenReadStream());
        return Deliveries.ImportKpis(id, Organisation, reader, Path.GetFileName(Csv.FileName), Current.Party).Error;
    });

    public Task<IActionResult> OnPostRateAsync(string id) => ActAsync(id, "rated", () => PerformanceRatings.Parse(Rating) is { } rating
        ? Deliveries.Rate(id, Organisation, Kpi.Id ?? string.Empty, Kpi.PeriodStart ?? default, Kpi.PeriodEnd ?? default, rating, Note ?? string.Empty, Current.Party).Error
        : new Error(ContractDeliveries.Code, "rating: choose good, approaching target, requires improvement, inadequate or other (PA 2023 s.71)"));

    public Task<IActionResult> OnPostPublishAsync(string id) => ActAsync(id, "published", () => Deliveries.Publish(id, Organisation, Current.Party).Error);

    public Task<IActionResult> OnPostSpendAsync(string id) => ActAsync(id, "spend", () => Deliveries.SetSpend(id, Organisation, Spend, Current.Party).Error);

    public Task<IActionResult> OnPostLibraryAsync(string id) => ActAsync(id, "library", () => Deliveries.ImportLibrary(Organisation, LibraryJson ?? string.Empty, Current.Party).Error);

    public Task<IActionResult> OnPostLinkAsync(string id) => ActAsync(id, "linked", () =>
    {
        var parts = (Proxy ?? string.Empty).Split('/', 2);
        return Deliveries.LinkProxy(id, Organisation, Kpi.Id ?? string.Empty, parts[0], parts.Length > 1 ? parts[1] : null, Current.Party).Error;
    });

    private async Task<IActionResult> ActAsync(string id, string done, Func<Error?> act)
    {
        if (!await LoadAsync(id).ConfigureAwait(false))
        {
            return NotFound();
        }

        if (act() is { } error)
        {
            Refuse(error);
            return Page();
        }

        return Redirect($"/delivery/contracts/{id}?done={done}");
    }

    private async Task<bool> LoadAsync(string id)
    {
        await LoadActingAsync().ConfigureAwait(false);
        if (Deliveries.Find(id) is not { } contract || contract.OrganisationId != Organisation)
        {
            return false;
        }

        Figures = Deliveries.Figures(id, Today)!;
        Libraries = Deliveries.Libraries(Organisation);
        return true;
    }
}
