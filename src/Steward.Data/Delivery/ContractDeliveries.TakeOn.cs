using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Steward.Core.Common;
using Steward.Core.Evaluation.Bids;
using Steward.Core.SocialValue.Delivery;
using Steward.Data.Accounts;
using Steward.Data.Entities;

namespace Steward.Data.Delivery;

/// <summary>Taking a contract on: any contract of a process in the store, by OCID; a Steward tender's brings its winner's commitments as KPIs.</summary>
public sealed partial class ContractDeliveries
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Takes on the contract <paramref name="request"/> names for the buyer <paramref name="organisationId"/>: the OCID must
    /// be a process in the store with an award or contract. A Steward tender's contract brings the winner as its supplier
    /// and the winner's social value commitments as its KPIs (docs/evaluation.md, "Commitments carry on").
    /// </summary>
    public Result<DeliveryContract> TakeOn(string organisationId, TakeOnRequest request, ActingParty by)
    {
        ArgumentNullException.ThrowIfNull(request);
        var ocid = request.Ocid?.Trim() ?? string.Empty;
        return Write(by, context =>
        {
            if (ocid.Length == 0)
            {
                return Result<DeliveryContract>.Failure(Refused("ocid: empty; give the OCID of a process in the store"));
            }

            var process = context.Processes.AsNoTracking().FirstOrDefault(p => p.Ocid == ocid);
            if (process is null)
            {
                return Refused($"ocid: \"{ocid}\" is not a process in the store; import its releases first");
            }

            if (!context.AccountOrganisations.Any(o => o.Id == organisationId && o.Side == "buyer"))
            {
                return Refused("only a buyer organisation's people may take on a contract");
            }

            var contracts = context.Contracts.AsNoTracking().Where(c => c.Ocid == ocid).ToList();
            var awards = context.Awards.AsNoTracking().Where(a => a.Ocid == ocid).ToList();
            var wanted = request.ContractId?.Trim();
            var contract = string.IsNullOrEmpty(wanted) ? (contracts.Count == 1 ? contracts[0] : null) : contracts.FirstOrDefault(c => c.ContractId == wanted);
            var award = contract?.AwardId is { } awardId ? awards.FirstOrDefault(a => a.AwardId == awardId)
                : string.IsNullOrEmpty(wanted) ? (awards.Count == 1 ? awards[0] : null) : awards.FirstOrDefault(a => a.AwardId == wanted);
            if (contract is null && award is null)
            {
                var choices = contracts.Select(c => c.ContractId).Concat(awards.Select(a => a.AwardId)).Distinct().ToList();
                return Refused(choices.Count == 0
                    ? $"ocid: \"{ocid}\" has no award or contract published yet; a contract can be taken on once it is awarded"
                    : $"contractId: {(string.IsNullOrEmpty(wanted) ? "say which" : $"\"{wanted}\" is not one")} of the process's contracts or awards: {string.Join(", ", choices)}");
            }

            var contractId = contract?.ContractId ?? award!.AwardId;
            if (context.DeliveryContracts.Any(c => c.OrganisationId == organisationId && c.Ocid == ocid && c.ContractId == contractId))
            {
                return Refused($"ocid: contract \"{contractId}\" of \"{ocid}\" has been taken on already");
            }

            var tendered = StewardTender(context, ocid, contractId);
            var supplier = tendered?.Supplier ?? request.SupplierOrganisationId?.Trim();
            if (!string.IsNullOrEmpty(supplier) && !context.AccountOrganisations.Any(o => o.Id == supplier && o.Side == "supplier"))
            {
                return Refused($"supplierOrganisationId: \"{supplier}\" is not a supplier organisation in Steward");
            }

            var start = request.PeriodStart ?? tendered?.Start ?? Date(contract?.PeriodStart);
            var end = request.PeriodEnd ?? tendered?.End ?? Date(contract?.PeriodEnd);
            if (start is { } s && end is { } e && e < s)
            {
                return Refused($"periodEnd: {Day(e)} is before periodStart, {Day(s)}");
            }

            if (request.Value is < 0m)
            {
                return Refused($"value: {request.Value} is negative");
            }

            var row = new DeliveryContractRow
            {
                Id = NewId(),
                OrganisationId = organisationId,
                Ocid = ocid,
                ContractId = contractId,
                AwardId = contract?.AwardId ?? award!.AwardId,
                Title = process.Title ?? ocid,
                SupplierOrganisationId = string.IsNullOrEmpty(supplier) ? null : supplier,
                Value = request.Value ?? tendered?.Value ?? Money(contract?.Value) ?? Money(award?.Value),
                PeriodStart = start,
                PeriodEnd = end,
                Source = tendered is null ? "entered" : "steward-tender",
                TakenOnAt = Now.UtcDateTime,
            };
            context.DeliveryContracts.Add(row);
            foreach (var (commitment, index) in (tendered?.Commitments ?? []).Select((c, i) => (c, i)))
            {
                var made = CommitmentKpi(commitment, index, start, end);
                if (made?.Validate() is not { Count: 0 })
                {
                    return Refused($"commitments[{index}]: \"{commitment.Measure}\" cannot be a KPI: {(made is null ? "the contract's start is not known; give periodStart" : string.Join("; ", made.Validate().Select(p => p.Message)))}");
                }

                context.DeliveryKpis.Add(ToRow(made, row.Id, NewId(), Now.UtcDateTime, "Commitment in the winning bid"));
            }

            context.SaveChanges();
            return Result<DeliveryContract>.Success(Load(context, row.Id)!);
        });
    }

    /// <summary>The buyer records what has been spent on the contract so far (null: not known), for value per £ spent.</summary>
    public Result<DeliveryContract> SetSpend(string id, string organisationId, decimal? spend, ActingParty by) => Write(by, context =>
    {
        var own = OwnContract(context, id, organisationId);
        if (!own.IsSuccess)
        {
            return own.Error!;
        }

        if (spend is < 0m or > 1_000_000_000_000m)
        {
            return Refused($"spend: {spend} is {(spend < 0m ? "negative" : "above 1,000,000,000,000")}");
        }

        own.Value.Spend = spend;
        context.SaveChanges();
        return Result<DeliveryContract>.Success(Load(context, id)!);
    });

    private sealed record Tendered(string Supplier, decimal Value, DateOnly? Start, DateOnly? End, IReadOnlyList<Commitment> Commitments);

    /// <summary>A Steward tender's entered contract for that OCID and contract id (UK7 published), else null.</summary>
    private static Tendered? StewardTender(StewardDbContext context, string ocid, string contractId)
    {
        var box = context.TenderBoxes.AsNoTracking().Where(b => b.Ocid == ocid).Select(b => b.Id).FirstOrDefault();
        if (box is null)
        {
            return null;
        }

        var award = context.LotAwards.AsNoTracking().Where(a => a.BoxId == box && a.ContractEnteredAt != null).AsEnumerable()
            .FirstOrDefault(a => $"{a.Lot}-contract" == contractId || $"{a.Lot}-award" == contractId);
        if (award is null)
        {
            return null;
        }

        var supplier = context.SealedBids.AsNoTracking().Where(b => b.Id == award.WinnerBidId).Select(b => b.SupplierId).First();
        var commitments = JsonSerializer.Deserialize<List<Commitment>>(award.Commitments, Json) ?? [];
        return new Tendered(supplier, award.Value, award.ContractStart, award.ContractEnd, commitments);
    }

    /// <summary>A commitment as a KPI: to increase to its quantity by its day (else the contract's end), where it says.</summary>
    private static Kpi? CommitmentKpi(Commitment commitment, int index, DateOnly? start, DateOnly? end)
    {
        if (start is not { } from || (commitment.By is { } day && day >= from ? day : end) is not { } by)
        {
            return null;
        }

        var id = string.IsNullOrWhiteSpace(commitment.Measure) ? $"commitment-{index + 1}" : commitment.Measure.Trim();
        return new Kpi(id, commitment.Measure, commitment.Unit, commitment.Quantity, KpiDirection.Increase, from, by, commitment.Criterion, commitment.Where);
    }

    private static DateOnly? Date(DateTime? value) => value is { } v ? DateOnly.FromDateTime(v) : null;

    private static decimal? Money(double? value) => value is { } v && double.IsFinite(v) && v >= 0 && v < 1e15 ? (decimal)v : null;
}
