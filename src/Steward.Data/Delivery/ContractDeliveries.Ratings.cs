using System.Text;
using Microsoft.EntityFrameworkCore;
using Steward.Core.Common;
using Steward.Core.SocialValue.Delivery;
using Steward.Data.Accounts;
using Steward.Data.Entities;
using Steward.Data.Ingest;

namespace Steward.Data.Delivery;

/// <summary>Performance ratings per KPI and period (PA 2023 s.71), and publishing the contract's delivery as OCDS through the import path.</summary>
public sealed partial class ContractDeliveries
{
    /// <summary>
    /// Rates a KPI for a period on the s.71 scale (a second rating of the same KPI and period replaces the first, and the
    /// trail keeps both): the period must have begun and lie within the KPI's, and the note explains the rating.
    /// </summary>
    public Result<StoredRating> Rate(string id, string organisationId, string kpiId, DateOnly periodStart, DateOnly periodEnd, PerformanceRating rating, string note, ActingParty by) => Write(by, context =>
    {
        var own = OwnContract(context, id, organisationId);
        if (!own.IsSuccess)
        {
            return Result<StoredRating>.Failure(own.Error!);
        }

        var versions = context.DeliveryKpis.AsNoTracking().Where(k => k.DeliveryContractId == id && k.KpiId == kpiId).AsEnumerable().Select(ToKpi).ToList();
        var problems = new List<string>();
        if (versions.Count == 0)
        {
            problems.Add($"kpiId: \"{kpiId}\" is not a KPI of this contract");
        }
        else if (periodStart < versions.Min(v => v.PeriodStart) || periodEnd > versions.Max(v => v.PeriodEnd))
        {
            problems.Add($"periodStart: {Day(periodStart)} to {Day(periodEnd)} is not within the KPI's period");
        }

        if (periodEnd < periodStart)
        {
            problems.Add($"periodEnd: {Day(periodEnd)} is before periodStart, {Day(periodStart)}");
        }

        if (periodStart > Today)
        {
            problems.Add($"periodStart: the period {Day(periodStart)} to {Day(periodEnd)} has not begun; rate performance once it has (PA 2023 s.71)");
        }

        if (!Enum.IsDefined(rating))
        {
            problems.Add("rating: not one of good, approaching target, requires improvement, inadequate, other (PA 2023 s.71)");
        }

        if (string.IsNullOrWhiteSpace(note))
        {
            problems.Add("note: empty; say why (it is published with the rating)");
        }

        if (problems.Count > 0)
        {
            return Refused(string.Join("; ", problems));
        }

        var row = context.PerformanceRatings.FirstOrDefault(r => r.DeliveryContractId == id && r.KpiId == kpiId && r.PeriodStart == periodStart && r.PeriodEnd == periodEnd);
        if (row is null)
        {
            row = new PerformanceRatingRow { Id = NewId(), DeliveryContractId = id, KpiId = kpiId, PeriodStart = periodStart, PeriodEnd = periodEnd };
            context.PerformanceRatings.Add(row);
        }

        row.Rating = PerformanceRatings.Code(rating);
        row.Note = note.Trim();
        row.RatedBy = by.Shown;
        row.RatedAt = Now.UtcDateTime;
        context.SaveChanges();
        return Result<StoredRating>.Success(Load(context, id)!.Ratings.Single(r => r.Id == row.Id));
    });

    /// <summary>
    /// Publishes the contract's KPIs, verified reports and ratings as an OCDS release to its process's OCID, through the
    /// import path every publisher's data takes, so the public pages show them at once. Returns the release id.
    /// </summary>
    public Result<string> Publish(string id, string organisationId, ActingParty by)
    {
        var contract = Find(id);
        if (contract is null || contract.OrganisationId != organisationId)
        {
            return Refused($"no contract \"{id}\" taken on by your organisation");
        }

        if (contract.Kpis.Count == 0)
        {
            return Refused("kpis: the contract has none to publish; set its KPIs first (PA 2023 s.52)");
        }

        var number = StoreWork.Read(target, context => context.DeliveryContracts.AsNoTracking().Where(c => c.Id == id).Select(c => c.Releases).First()) + 1;
        var package = DeliveryReleaseWriter.Write(contract, number, Now, _options.Publisher);
        using (var importer = StewardImporter.Open(target, time))
        {
            var imported = importer.Import(new MemoryStream(Encoding.UTF8.GetBytes(package)), $"steward delivery {id} {number}");
            if (imported.Problems.Count > 0 && imported.New + imported.Changed == 0)
            {
                return Refused($"the release was not imported: {string.Join("; ", imported.Problems.Select(p => p.Message))}");
            }
        }

        return Write(by, context =>
        {
            var row = context.DeliveryContracts.First(c => c.Id == id);
            row.Releases = number;
            context.SaveChanges();
            return Result<string>.Success(System.Text.Json.Nodes.JsonNode.Parse(package)!["releases"]![0]!["id"]!.GetValue<string>());
        });
    }
}
