using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Steward.Core.Suppliers;
using Steward.Web.Hosting;
using Steward.Web.Register;

namespace Steward.Web.Api;

/// <summary>
/// The supplier register's API (docs/suppliers.md): profiles with classifications, evidence and history; the classify
/// contract; reserved-lot eligibility; the mismatch report and buyers' register shares; open-book cost checks.
/// Read-only: the register is changed from the command line, where each change records who made it.
/// </summary>
public static class RegisterApi
{
    public static IEndpointRouteBuilder MapRegisterApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/register").RequireRateLimiting(PortalServices.RateLimitPolicy).WithTags("Supplier register").AllowAnonymous().AnswerHead();
        api.MapGet("/profiles", Profiles).WithSummary("Every profile in the register with its five classifications");
        api.MapGet("/profiles/{**id}", Profile).WithSummary("One profile: the profile, classifications with reasons, evidence status, reinvestment measure, history");
        api.MapPost("/classify", Classify).Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).WithSummary("Classify a supplier profile (the body, JSON) as steward suppliers classify does: sme, vcse, socialEnterprise, supportedEmploymentProvider, publicServiceMutual");
        api.MapGet("/eligibility", Eligibility).WithSummary("Whether register suppliers (supplier=, several for a consortium) may bid for a published reserved lot (ocid=, lot=)");
        api.MapGet("/mismatches", (RegisterService register) => TypedResults.Ok(register.Mismatches().Select(m => new
        {
            m.ProfileId,
            m.Name,
            m.OrganisationId,
            m.Mismatch.Flag,
            m.Mismatch.Published,
            register = m.Mismatch.Register.Code(),
            m.Mismatch.Verified,
            m.Mismatch.Kind,
            m.Mismatch.Reason,
        }))).WithSummary("Published flags of linked organisations that the register contradicts or cannot support");
        api.MapGet("/shares", (RegisterService register) => TypedResults.Ok(register.Shares())).WithSummary("Each buyer's share of awarded value to register-verified social enterprises and VCSEs (registerShare, 0–1)");
        api.MapPost("/costs", Costs).Produces<IReadOnlyList<OpenBookAnswer>>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).WithSummary("Open-book costs: {template, submissions[], policies[]} → each submission's cost, margin and unit price, checked against the cap policies");
        return app;
    }

    public static Ok<IEnumerable<object>> Profiles(RegisterService register)
    {
        ArgumentNullException.ThrowIfNull(register);
        return TypedResults.Ok(register.Profiles().Select(p => (object)new
        {
            p.Id,
            p.Name,
            p.OrganisationId,
            p.Version,
            p.UpdatedAt,
            classifications = SupplierClassifier.Classify(p.Profile, register.Rules).All.ToDictionary(c => c.Key, c => c.Classification.Result.Code()),
        }));
    }

    public static Results<FileContentHttpResult, ProblemHttpResult> Profile(string id, RegisterService register)
    {
        ArgumentNullException.ThrowIfNull(register);
        return register.Find(id) is { } profile
            ? TypedResults.File(register.Document(profile), "application/json")
            : TypedResults.Problem($"No profile \"{id}\" is in the register.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
    }

    public static async Task<IResult> Classify(HttpRequest request, RegisterService register)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(register);
        var (document, problem) = await JsonBody.ReadAsync(request).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        using (document!)
        {
            var read = SupplierProfileJson.Read(document!.RootElement);
            if (!read.IsValid)
            {
                return TypedResults.ValidationProblem(read.Errors.GroupBy(e => e.Message.Split(':')[0]).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
                    title: "The profile has problems");
            }

            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                ClassificationJson.Write(writer, SupplierClassifier.Classify(read.Profile!, register.Rules));
            }

            return TypedResults.File(buffer.ToArray(), "application/json");
        }
    }

    public static Results<FileContentHttpResult, ValidationProblem> Eligibility(HttpRequest request, RegisterService register)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(register);
        string? ocid = request.Query["ocid"];
        var suppliers = request.Query["supplier"].SelectMany(s => (s ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        if (string.IsNullOrWhiteSpace(ocid) || suppliers.Count == 0)
        {
            return Invalid(string.IsNullOrWhiteSpace(ocid) ? "ocid" : "supplier", "Give ocid= (a published process) and at least one supplier= (a register id).");
        }

        var day = register.Today;
        if (request.Query["awardDate"] is { Count: > 0 } given && !DateOnly.TryParseExact(given.ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
        {
            return Invalid("awardDate", $"\"{given}\" is not a date written YYYY-MM-DD.");
        }

        var reservation = Reservations.Parse(request.Query["reservation"]);
        if (request.Query["reservation"] is { Count: > 0 } text && reservation is null)
        {
            return Invalid("reservation", $"\"{text}\" is not s32, s33 or sme-vcse.");
        }

        var answer = register.Eligibility(ocid, request.Query["lot"] is { Count: > 0 } lot ? lot.ToString() : "tender", suppliers, reservation, day);
        if (answer.Decision is null)
        {
            return Invalid(answer.Field!, answer.Message!);
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            ClassificationJson.Write(writer, answer.Decision, answer.Lot!);
        }

        return TypedResults.File(buffer.ToArray(), "application/json");
    }

    public static async Task<IResult> Costs(HttpRequest request, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(time);
        var (document, problem) = await JsonBody.ReadAsync(request).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        using (document!)
        {
            return OpenBookAnswer.Answer(document!.RootElement, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)) is { } answers && answers.Error is null
                ? TypedResults.Ok(answers.Results)
                : Invalid(answers.Field!, answers.Error!);
        }
    }

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "The request has problems");
}
