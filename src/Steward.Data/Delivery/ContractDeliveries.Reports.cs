using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Steward.Core.Common;
using Steward.Core.SocialValue.Delivery;
using Steward.Data.Accounts;
using Steward.Data.Entities;
using Steward.Data.Suppliers;

namespace Steward.Data.Delivery;

/// <summary>
/// Delivery reports: the supplier reports against each KPI per period, the buyer verifies, queries or rejects each with a
/// reason, and the supplier corrects a queried one. The state and who decided (a role and organisation) are kept; every
/// step reaches the audit trail.
/// </summary>
public sealed partial class ContractDeliveries
{
    /// <summary>
    /// The supplier <paramref name="supplierId"/> reports on contract <paramref name="id"/>: refused, naming the field,
    /// for a period not yet begun, a unit other than the KPI's, a negative value, a KPI the contract does not have, an
    /// empty narrative or a file that is not a PDF, PNG or JPEG; nothing is saved then.
    /// </summary>
    public Result<StoredReport> Submit(string id, string supplierId, ReportInput input, ActingParty by)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Write(by, context =>
        {
            var contract = context.DeliveryContracts.AsNoTracking().FirstOrDefault(c => c.Id == id && c.SupplierOrganisationId == supplierId);
            if (contract is null)
            {
                return Result<StoredReport>.Failure(Refused($"no contract \"{id}\" that your organisation reports on"));
            }

            if (Check(context, id, input) is { } problem)
            {
                return problem;
            }

            if (context.DeliveryReports.Any(r => r.DeliveryContractId == id && r.KpiId == input.KpiId && r.PeriodStart == input.PeriodStart
                && r.PeriodEnd == input.PeriodEnd && r.Status != nameof(ReportStatus.Rejected)))
            {
                return Refused($"periodStart: a report on \"{input.KpiId}\" for {Day(input.PeriodStart)} to {Day(input.PeriodEnd)} is in already; correct it if the buyer queries it");
            }

            var row = new DeliveryReportRow
            {
                Id = NewId(),
                DeliveryContractId = id,
                KpiId = input.KpiId,
                PeriodStart = input.PeriodStart,
                PeriodEnd = input.PeriodEnd,
                Value = input.Value,
                Unit = input.Unit.Trim(),
                Narrative = input.Narrative.Trim(),
                Status = nameof(ReportStatus.Submitted),
                SubmittedBy = by.Shown,
                SubmittedAt = Now.UtcDateTime,
            };
            context.DeliveryReports.Add(row);
            AddFiles(context, row.Id, input.Attachments);
            context.SaveChanges();
            return Result<StoredReport>.Success(Load(context, id)!.Reports.Single(r => r.Id == row.Id));
        });
    }

    /// <summary>The supplier corrects a report the buyer queried: new figures and narrative (files added), back to Submitted.</summary>
    public Result<StoredReport> Correct(string reportId, string supplierId, ReportInput input, ActingParty by)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Write(by, context =>
        {
            var row = context.DeliveryReports.FirstOrDefault(r => r.Id == reportId
                && context.DeliveryContracts.Any(c => c.Id == r.DeliveryContractId && c.SupplierOrganisationId == supplierId));
            if (row is null)
            {
                return Result<StoredReport>.Failure(Refused($"no report \"{reportId}\" of your organisation's"));
            }

            if (row.Status != nameof(ReportStatus.Queried))
            {
                return Refused($"status: the report is {row.Status.ToLowerInvariant()}; only a queried report can be corrected");
            }

            if (input.KpiId != row.KpiId || input.PeriodStart != row.PeriodStart || input.PeriodEnd != row.PeriodEnd)
            {
                return Refused("kpiId: a correction is for the same KPI and period; report a different one separately");
            }

            if (Check(context, row.DeliveryContractId, input) is { } problem)
            {
                return problem;
            }

            row.Value = input.Value;
            row.Unit = input.Unit.Trim();
            row.Narrative = input.Narrative.Trim();
            row.Status = nameof(ReportStatus.Submitted);
            row.Corrections++;
            row.SubmittedBy = by.Shown;
            row.SubmittedAt = Now.UtcDateTime;
            AddFiles(context, row.Id, input.Attachments);
            context.SaveChanges();
            return Result<StoredReport>.Success(Load(context, row.DeliveryContractId)!.Reports.Single(r => r.Id == row.Id));
        });
    }

    /// <summary>
    /// The buyer (<paramref name="organisationId"/>, its commissioners or verifiers) decides on a submitted report. A query
    /// or rejection needs a reason; a verification may have one. Who decided is kept as <paramref name="by"/>'s role and organisation.
    /// </summary>
    public Result<StoredReport> Decide(string reportId, string organisationId, ReportDecision decision, string? reason, ActingParty by) => Write(by, context =>
    {
        var row = context.DeliveryReports.FirstOrDefault(r => r.Id == reportId
            && context.DeliveryContracts.Any(c => c.Id == r.DeliveryContractId && c.OrganisationId == organisationId));
        if (row is null)
        {
            return Result<StoredReport>.Failure(Refused($"no report \"{reportId}\" on a contract your organisation took on"));
        }

        if (row.Status != nameof(ReportStatus.Submitted))
        {
            return Refused($"status: the report is {row.Status.ToLowerInvariant()} already; the supplier corrects a queried report before it is decided again");
        }

        if (decision != ReportDecision.Verify && string.IsNullOrWhiteSpace(reason))
        {
            return Refused($"reason: empty; say why the report is {(decision == ReportDecision.Query ? "queried (what the supplier should correct or show)" : "rejected")}");
        }

        row.Status = decision switch
        {
            ReportDecision.Verify => nameof(ReportStatus.Verified),
            ReportDecision.Query => nameof(ReportStatus.Queried),
            _ => nameof(ReportStatus.Rejected),
        };
        row.DecidedBy = by.Shown;
        row.DecidedAt = Now.UtcDateTime;
        row.Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        context.SaveChanges();
        return Result<StoredReport>.Success(Load(context, row.DeliveryContractId)!.Reports.Single(r => r.Id == row.Id));
    });

    /// <summary>An attachment's name, type and bytes, for the contract's supplier or buyer only (else null); the download is audited.</summary>
    public (StoredFile File, byte[] Content)? File(string fileId, string organisationId, ActingParty by) => Write(by, context =>
    {
        var file = context.DeliveryFiles.AsNoTracking().FirstOrDefault(f => f.Id == fileId && context.DeliveryReports.Any(r => r.Id == f.ReportId
            && context.DeliveryContracts.Any(c => c.Id == r.DeliveryContractId && (c.OrganisationId == organisationId || c.SupplierOrganisationId == organisationId))));
        if (file is null)
        {
            return ((StoredFile, byte[])?)null;
        }

        context.AuditNote("delivery-file-read", $"delivery-report:{file.ReportId}", new Dictionary<string, string?> { ["file"] = file.Id });
        context.SaveChanges();
        return (new StoredFile(file.Id, file.FileName, file.ContentType, file.Size), file.Content);
    });

    private Error? Check(StewardDbContext context, string id, ReportInput input)
    {
        var versions = context.DeliveryKpis.AsNoTracking().Where(k => k.DeliveryContractId == id).AsEnumerable().Select(ToKpi).ToList();
        var report = new DeliveryReport(input.KpiId ?? string.Empty, input.PeriodStart, input.PeriodEnd, input.Value, input.Unit ?? string.Empty, ReportStatus.Submitted);
        var problems = report.Validate(versions, Today).Select(p => p.Message).ToList();
        if (string.IsNullOrWhiteSpace(input.Narrative))
        {
            problems.Add("narrative: empty; say what was delivered and how it was counted");
        }

        foreach (var file in input.Attachments)
        {
            if (file.Content.Length == 0)
            {
                problems.Add($"attachments: \"{file.FileName}\" is empty");
            }
            else if (file.Content.Length > _options.MaxFileBytes)
            {
                problems.Add($"attachments: \"{file.FileName}\" is {file.Content.Length / 1024.0 / 1024.0:0.0} MB; the most is {_options.MaxFileBytes / 1024.0 / 1024.0:0.#} MB");
            }
            else if (EvidenceTypes.Sniff(file.Content) is null)
            {
                problems.Add($"attachments: \"{file.FileName}\" is not a PDF, PNG or JPEG (its content was read, not its name)");
            }
        }

        return problems.Count > 0 ? Refused(string.Join("; ", problems)) : null;
    }

    private void AddFiles(StewardDbContext context, string reportId, IReadOnlyList<Attachment> attachments)
    {
        foreach (var file in attachments)
        {
            var type = EvidenceTypes.Sniff(file.Content)!;
            var name = Path.GetFileNameWithoutExtension(file.FileName.Replace('\\', '/').Split('/')[^1]);
            var clean = new string([.. name.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or ' ').Take(80)]).Trim();
            context.DeliveryFiles.Add(new DeliveryFileRow
            {
                Id = NewId(),
                ReportId = reportId,
                FileName = (clean.Length == 0 ? "evidence" : clean) + EvidenceTypes.Extension(type),
                ContentType = type,
                Size = file.Content.Length,
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(file.Content)),
                Content = file.Content,
                UploadedAt = Now.UtcDateTime,
            });
        }
    }
}
