using Microsoft.EntityFrameworkCore;
using Steward.Core.Common;
using Steward.Core.SocialValue.Delivery;
using Steward.Data.Accounts;

namespace Steward.Data.Delivery;

/// <summary>A contract's KPIs: entered one by one or imported from CSV, and changed as new versions that keep the old ones' history.</summary>
public sealed partial class ContractDeliveries
{
    /// <summary>Adds new KPIs (each version 1) to the buyer's contract: all or none, every problem named by its field.</summary>
    public Result<DeliveryContract> AddKpis(string id, string organisationId, IReadOnlyList<Kpi> kpis, ActingParty by)
    {
        ArgumentNullException.ThrowIfNull(kpis);
        return Write(by, context =>
        {
            var own = OwnContract(context, id, organisationId);
            if (!own.IsSuccess)
            {
                return own.Error!;
            }

            var existing = context.DeliveryKpis.AsNoTracking().Where(k => k.DeliveryContractId == id).Select(k => k.KpiId).Distinct().ToHashSet(StringComparer.Ordinal);
            var problems = new List<string>();
            foreach (var kpi in kpis)
            {
                var name = string.IsNullOrWhiteSpace(kpi.Id) ? "KPI" : $"KPI \"{kpi.Id.Trim()}\"";
                problems.AddRange(kpi.Validate().Select(p => $"{name}: {p.Message}"));
                if (!string.IsNullOrWhiteSpace(kpi.Id) && !existing.Add(kpi.Id.Trim()))
                {
                    problems.Add($"{name}: id: the contract has a KPI \"{kpi.Id.Trim()}\" already; change it instead to keep its history");
                }

                if (kpi.Version != 1 || kpi.InForceFrom is not null)
                {
                    problems.Add($"{name}: version: a new KPI is version 1, in force from its period's start");
                }
            }

            if (kpis.Count == 0)
            {
                problems.Add("kpis: none given");
            }

            if (problems.Count > 0)
            {
                return Refused(string.Join("; ", problems));
            }

            foreach (var kpi in kpis)
            {
                context.DeliveryKpis.Add(ToRow(kpi, id, NewId(), Now.UtcDateTime, null));
            }

            context.SaveChanges();
            return Result<DeliveryContract>.Success(Load(context, id)!);
        });
    }

    /// <summary>Imports KPIs from CSV (<see cref="KpiCsv"/>): a file with any bad row saves nothing, and says each row's line and field.</summary>
    public Result<DeliveryContract> ImportKpis(string id, string organisationId, TextReader csv, string source, ActingParty by)
    {
        var (kpis, problems) = KpiCsv.Read(csv, source);
        return problems.Count > 0 ? Refused(string.Join("; ", problems.Select(p => p.Message))) : AddKpis(id, organisationId, kpis, by);
    }

    /// <summary>
    /// Changes a KPI mid-contract: a new version in force from <paramref name="changed"/>'s <c>InForceFrom</c>, after the
    /// current version's; the old versions stay, and reports keep being judged against the version in force when their
    /// period ended (docs/social-value.md). The reason is required.
    /// </summary>
    public Result<DeliveryContract> ChangeKpi(string id, string organisationId, Kpi changed, string reason, ActingParty by)
    {
        ArgumentNullException.ThrowIfNull(changed);
        return Write(by, context =>
        {
            var own = OwnContract(context, id, organisationId);
            if (!own.IsSuccess)
            {
                return own.Error!;
            }

            var versions = context.DeliveryKpis.AsNoTracking().Where(k => k.DeliveryContractId == id && k.KpiId == changed.Id).AsEnumerable().Select(ToKpi).ToList();
            if (versions.Count == 0)
            {
                return Refused($"kpiId: \"{changed.Id}\" is not a KPI of this contract");
            }

            var latest = versions.MaxBy(v => v.Version)!;
            var next = changed with { Version = latest.Version + 1 };
            var problems = next.Validate().Select(p => p.Message).ToList();
            if (next.InForceFrom is not { } from)
            {
                problems.Add("inForceFrom: empty; say from which day the change applies");
            }
            else if (from <= latest.EffectiveFrom)
            {
                problems.Add($"inForceFrom: {Day(from)} is not after the current version's, {Day(latest.EffectiveFrom)}");
            }

            if (string.IsNullOrWhiteSpace(reason))
            {
                problems.Add("reason: empty; say why the KPI changed (it is kept with the version)");
            }

            if (problems.Count > 0)
            {
                return Refused(string.Join("; ", problems));
            }

            var row = ToRow(next, id, NewId(), Now.UtcDateTime, reason.Trim());
            context.DeliveryKpis.Add(row);
            context.SaveChanges();
            return Result<DeliveryContract>.Success(Load(context, id)!);
        });
    }
}
