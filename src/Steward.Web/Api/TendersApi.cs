using Microsoft.AspNetCore.Http.HttpResults;
using Steward.Core.Tenders;
using Steward.Data.Tenders;
using Steward.Web.Hosting;

namespace Steward.Web.Api;

/// <summary>
/// Tender design's public API (docs/tenders.md): buyers' goals, the designs library and a published design's
/// DESIGN.json, and the design checker as <c>steward tenders check</c> runs it. Read-only: designs are changed by
/// their commissioners in the portal, or by the buyer's own tools through <see cref="DesignWriteApi"/>.
/// </summary>
public static class TendersApi
{
    public static IEndpointRouteBuilder MapTendersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireRateLimiting(PortalServices.RateLimitPolicy).WithTags("Tender design").AllowAnonymous().AnswerHead();
        api.MapGet("/goals", (BuyerGoals goals) => TypedResults.Ok(goals.All().Select(g => new
        {
            buyer = g.BuyerName,
            owner = g.Goal.Owner,
            id = g.Goal.Id,
            title = g.Goal.Title,
            g.Goal.Description,
            outcome = g.Goal.Outcome,
            status = g.Goal.Status.ToString().ToLowerInvariant(),
            periodStart = g.Goal.PeriodStart,
            periodEnd = g.Goal.PeriodEnd,
            measures = g.Goal.Measures.Select(m => new { m.Id, m.Name, m.Unit, direction = m.Direction.ToString().ToLowerInvariant() }),
        }))).WithSummary("Every buyer's goals, with the measures each tracks");
        api.MapGet("/designs", (TenderDesigns designs) => TypedResults.Ok(designs.Library()))
            .WithSummary("The designs library: published designs with the outcomes their social value serves");
        api.MapGet("/designs/{id}", Design).WithSummary("A published design as DESIGN.json, to start another buyer's design from");
        api.MapPost("/tenders/check", Check).WithSummary("Check a design (the body, DESIGN.json) as steward tenders check does: {publishable, errors, warnings, findings[]}");
        return app;
    }

    private static Results<ContentHttpResult, NotFound> Design(string id, TenderDesigns designs) =>
        designs.PublishedJson(id) is { } json ? TypedResults.Content(json, "application/json") : TypedResults.NotFound();

    private static async Task<IResult> Check(HttpRequest request, TenderDesignOptions options, TimeProvider time)
    {
        var (document, problem) = await JsonBody.ReadAsync(request).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        using (document!)
        {
            var (design, errors) = TenderDesignJson.Read(document!.RootElement);
            if (errors.Count > 0)
            {
                return TypedResults.Problem(string.Join("; ", errors.Select(e => e.Message)), statusCode: 400, title: "The design cannot be read");
            }

            var settings = new DesignCheckSettings(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)) { Models = options.Models, Rules = options.Rules };
            return TypedResults.Content(DesignFindingsJson.Serialize(DesignChecker.Check(design, settings)), "application/json");
        }
    }
}
