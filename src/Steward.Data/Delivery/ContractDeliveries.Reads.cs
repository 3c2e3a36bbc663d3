using Microsoft.EntityFrameworkCore;

namespace Steward.Data.Delivery;

/// <summary>What the buyer's verification pages read: reports awaiting a decision, and one report with its contract.</summary>
public sealed partial class ContractDeliveries
{
    /// <summary>Submitted reports on the buyer's contracts, oldest first, each with its contract.</summary>
    public IReadOnlyList<(DeliveryContract Contract, StoredReport Report)> Awaiting(string organisationId) => StoreWork.Read(target, context =>
    {
        var ids = context.DeliveryReports.AsNoTracking()
            .Where(r => r.Status == "Submitted" && context.DeliveryContracts.Any(c => c.Id == r.DeliveryContractId && c.OrganisationId == organisationId))
            .Select(r => r.DeliveryContractId).Distinct().ToList();
        return (IReadOnlyList<(DeliveryContract, StoredReport)>)[.. ids.Select(id => Load(context, id)!)
            .SelectMany(c => c.Reports.Where(r => r.Status == Core.SocialValue.Delivery.ReportStatus.Submitted).Select(r => (c, r)))
            .OrderBy(x => x.r.SubmittedAt)];
    });

    /// <summary>A report on one of the buyer's contracts (or the supplier's), with the contract; null for anyone else's.</summary>
    public (DeliveryContract Contract, StoredReport Report)? Report(string reportId, string organisationId) => StoreWork.Read(target, context =>
    {
        var contractId = context.DeliveryReports.AsNoTracking().Where(r => r.Id == reportId).Select(r => r.DeliveryContractId).FirstOrDefault();
        return contractId is not null && Load(context, contractId) is { } contract && (contract.OrganisationId == organisationId || contract.SupplierOrganisationId == organisationId)
            ? (contract, contract.Reports.Single(r => r.Id == reportId))
            : ((DeliveryContract, StoredReport)?)null;
    });
}
