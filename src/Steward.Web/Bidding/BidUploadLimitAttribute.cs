using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;
using Steward.Data.Bids;

namespace Steward.Web.Bidding;

/// <summary>
/// The bid page's request limit, from the instance's settings (Steward:Bids:MaxFileMegabytes, BidOptions.MaxFiles):
/// room for the most files a bid may attach, each at the largest size allowed, plus 1 MB of answers. Like
/// [RequestSizeLimit] and [RequestFormLimits], which take only constants, it lifts the portal's 64 KB request limit
/// for this page alone, before the anti-forgery check reads the form.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class BidUploadLimitAttribute : Attribute, IFilterFactory, IOrderedFilter
{
    public const long AnswersBytes = 1024 * 1024;

    public bool IsReusable => true;

    public int Order => 900;

    public static long RequestBytes(BidOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return (options.MaxFileBytes * options.MaxFiles) + AnswersBytes;
    }

    public IFilterMetadata CreateInstance(IServiceProvider serviceProvider) =>
        new Limit(RequestBytes(serviceProvider.GetRequiredService<BidOptions>()), serviceProvider.GetRequiredService<IOptions<FormOptions>>().Value);

    private sealed class Limit(long bytes, FormOptions form) : IAuthorizationFilter, IOrderedFilter
    {
        public int Order => 900;

        public void OnAuthorization(AuthorizationFilterContext context)
        {
            var features = context.HttpContext.Features;
            if (features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = bytes;
            }

            if (features.Get<IFormFeature>()?.Form is null)
            {
                features.Set<IFormFeature>(new FormFeature(context.HttpContext.Request, new FormOptions
                {
                    MultipartBodyLengthLimit = bytes,
                    ValueCountLimit = form.ValueCountLimit,
                    ValueLengthLimit = form.ValueLengthLimit,
                    KeyLengthLimit = form.KeyLengthLimit,
                }));
            }
        }
    }
}
