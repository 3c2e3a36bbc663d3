using Microsoft.EntityFrameworkCore;
using Steward.Core.Common;
using Steward.Core.SocialValue.Valuation;
using Steward.Data.Accounts;
using Steward.Data.Entities;

namespace Steward.Data.Delivery;

/// <summary>
/// Proxy-value libraries a buyer imports (Core <see cref="ProxyLibraryJson"/>: refused without a source or licence,
/// every problem named by its JSON path), and linking a KPI to a proxy value so its verified total is valued.
/// </summary>
public sealed partial class ContractDeliveries
{
    /// <summary>Imports (or replaces) a library for the organisation; nothing is saved when it has any problem.</summary>
    public Result<ProxyLibrary> ImportLibrary(string organisationId, string json, ActingParty by)
    {
        var (library, errors) = ProxyLibraryJson.Read(json ?? string.Empty);
        if (library is null || errors.Count > 0)
        {
            return Refused(string.Join("; ", errors.Select(e => e.Message)));
        }

        if (library.Id == ProxyLibraries.GreenBook.Id)
        {
            return Refused($"id: \"{library.Id}\" is the library Steward ships; give yours another id");
        }

        return Write(by, context =>
        {
            var row = context.ProxyLibraries.FirstOrDefault(l => l.OrganisationId == organisationId && l.LibraryId == library.Id);
            if (row is null)
            {
                row = new ProxyLibraryRow { OrganisationId = organisationId, LibraryId = library.Id };
                context.ProxyLibraries.Add(row);
            }

            row.Name = library.Name;
            row.Source = library.Source;
            row.Licence = library.Licence;
            row.PriceYear = library.PriceYear;
            row.Json = json!;
            row.ImportedAt = Now.UtcDateTime;
            context.SaveChanges();
            return Result<ProxyLibrary>.Success(library);
        });
    }

    /// <summary>The libraries the organisation may value with: the one Steward ships, then its own.</summary>
    public IReadOnlyList<ProxyLibrary> Libraries(string organisationId) => StoreWork.Read(target, context =>
        (IReadOnlyList<ProxyLibrary>)[ProxyLibraries.GreenBook, .. context.ProxyLibraries.AsNoTracking().Where(l => l.OrganisationId == organisationId)
            .OrderBy(l => l.LibraryId).Select(l => l.Json).AsEnumerable().Select(j => ProxyLibraryJson.Read(j).Library).OfType<ProxyLibrary>()]);

    /// <summary>
    /// Values a KPI (every version) with a proxy: the value must exist in one of the organisation's libraries and be in
    /// the KPI's current unit; null library and value unlink it, and the KPI stays a count.
    /// </summary>
    public Result<string> LinkProxy(string id, string organisationId, string kpiId, string? libraryId, string? valueId, ActingParty by) => Write(by, context =>
    {
        var own = OwnContract(context, id, organisationId);
        if (!own.IsSuccess)
        {
            return Result<string>.Failure(own.Error!);
        }

        var rows = context.DeliveryKpis.Where(k => k.DeliveryContractId == id && k.KpiId == kpiId).ToList();
        if (rows.Count == 0)
        {
            return Refused($"kpiId: \"{kpiId}\" is not a KPI of this contract");
        }

        if (!string.IsNullOrEmpty(libraryId) || !string.IsNullOrEmpty(valueId))
        {
            var proxy = Proxy(context, organisationId, libraryId ?? string.Empty, valueId ?? string.Empty);
            var unit = rows.MaxBy(r => r.Version)!.Unit;
            if (proxy is null)
            {
                return Refused($"valueId: \"{valueId}\" is not a value in library \"{libraryId}\"");
            }

            if (!string.Equals(proxy.Unit.Trim(), unit.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return Refused($"valueId: \"{valueId}\" is per {proxy.Unit}, and the KPI counts {unit}; a value without a proxy in its unit stays a count");
            }
        }

        foreach (var row in rows)
        {
            row.ProxyLibraryId = string.IsNullOrEmpty(libraryId) ? null : libraryId;
            row.ProxyValueId = string.IsNullOrEmpty(valueId) ? null : valueId;
        }

        context.SaveChanges();
        return Result<string>.Success(kpiId);
    });
}
