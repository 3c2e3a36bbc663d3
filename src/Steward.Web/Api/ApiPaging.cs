using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.OpenApi;

namespace Steward.Web.Api;

/// <summary>
/// How the API's lists are paged (docs/portal.md): <c>page</c> (from 1) and <c>pageSize</c> (1 to
/// <see cref="MaxPageSize"/>, default <see cref="DefaultPageSize"/>) in the query; the body is the page's items, and the
/// answer's <c>Link</c> header gives the <c>next</c> (and <c>prev</c>) page with the rest of the query kept (RFC 8288),
/// with <c>X-Total-Count</c> the items in the whole list. A page past the end is an empty list.
/// </summary>
public static class ApiPaging
{
    public const int DefaultPageSize = 1000;

    public const int MaxPageSize = 10_000;

    /// <summary>The page asked for, with its headers set; a problem naming the parameter when it is out of range.</summary>
    public static Results<Ok<IReadOnlyList<T>>, ValidationProblem> Page<T>(IReadOnlyList<T> all, int? page, int? pageSize, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(all);
        return Page<T>(() => all.Count, (skip, take) => [.. all.Skip(skip).Take(take)], page, pageSize, http);
    }

    /// <summary>
    /// The page asked for of a list read a range at a time (<paramref name="range"/>: from an offset counting from 0, at
    /// most so many), of <paramref name="count"/> items in all; its headers set, or a problem naming the parameter.
    /// </summary>
    public static Results<Ok<IReadOnlyList<T>>, ValidationProblem> Page<T>(Func<int> count, Func<int, int, IReadOnlyList<T>> range, int? page, int? pageSize,
        HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(count);
        ArgumentNullException.ThrowIfNull(range);
        ArgumentNullException.ThrowIfNull(http);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (page is < 1)
        {
            errors["page"] = [$"page must be 1 or more; {page} was given"];
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"pageSize must be 1 to {MaxPageSize:N0}; {pageSize} was given"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var (number, size) = (page ?? 1, pageSize ?? DefaultPageSize);
        var skip = (long)(number - 1) * size;
        var total = count();
        IReadOnlyList<T> items = skip >= total ? [] : range((int)skip, size);
        var links = new List<string>();
        if (skip + size < total)
        {
            links.Add($"<{Link(http.Request, number + 1, size)}>; rel=\"next\"");
        }

        if (number > 1)
        {
            links.Add($"<{Link(http.Request, Math.Min(number - 1, Math.Max(1, (total + size - 1) / size)), size)}>; rel=\"prev\"");
        }

        if (links.Count > 0)
        {
            http.Response.Headers.Link = string.Join(", ", links);
        }

        http.Response.Headers["X-Total-Count"] = total.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Ok(items);
    }

    /// <summary>Documents the paging headers on a list endpoint in the OpenAPI description.</summary>
    public static RouteHandlerBuilder Paged(this RouteHandlerBuilder endpoint) =>
        endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            if (operation.Responses?.TryGetValue("200", out var ok) == true && ok is OpenApiResponse response)
            {
                response.Headers ??= new Dictionary<string, IOpenApiHeader>(StringComparer.Ordinal);
                response.Headers["Link"] = new OpenApiHeader { Description = "The next and previous pages (rel=\"next\", rel=\"prev\"), the rest of the query kept (RFC 8288); no next link on the last page", Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
                response.Headers["X-Total-Count"] = new OpenApiHeader { Description = "How many items the whole list holds", Schema = new OpenApiSchema { Type = JsonSchemaType.Integer } };
            }

            return Task.CompletedTask;
        });

    /// <summary>This request's address with another page, the other parameters kept, relative to the site.</summary>
    private static string Link(HttpRequest request, int page, int size)
    {
        var pairs = request.Query.Where(q => q.Key is not ("page" or "pageSize"))
            .SelectMany(q => q.Value.Select(v => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(v ?? string.Empty)}"))
            .Append(string.Create(CultureInfo.InvariantCulture, $"page={page}"))
            .Append(string.Create(CultureInfo.InvariantCulture, $"pageSize={size}"));
        return $"{request.PathBase}{request.Path}?{string.Join("&", pairs)}";
    }
}
