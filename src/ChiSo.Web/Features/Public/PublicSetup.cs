using System.Globalization;

namespace ChiSo.Web.Features.Public;

/// <summary>
/// The public portal (no sign-in: published campaigns, their methodology) and the open-data API under /open/v1, with
/// the output cache that makes them cheap: policy <see cref="Policy"/> keeps an anonymous visitor's 200 answers (never
/// a signed-in user's, never a 404, never an answer that sets a cookie) per path, query string and language for
/// <see cref="Lifetime"/>; the review's publish and reopen moves evict <see cref="Tag"/>.
/// </summary>
public static class PublicSetup
{
    /// <summary>The output-cache policy of every public page and open-data endpoint.</summary>
    public const string Policy = "public";

    /// <summary>The tag of every cached public answer: the review's publish and reopen moves evict it.</summary>
    public const string Tag = ReviewProcess.StageMoves.PublishedResultsTag;

    /// <summary>
    /// A publication through the app evicts at once; this bounds how long an answer can be
    /// stale when results change another way (the CLI, a restore of the database).
    /// </summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    public static IServiceCollection AddPublic(this IServiceCollection services)
    {
        // The default policy's rules stay in force: GET/HEAD only, anonymous only, 200 only, no Set-Cookie.
        services.AddOutputCache(options => options.AddPolicy(Policy, policy => policy
            .Expire(Lifetime)
            .SetVaryByQuery("*")
            .VaryByValue(_ => new KeyValuePair<string, string>("lang", CultureInfo.CurrentUICulture.TwoLetterISOLanguageName))
            .Tag(Tag)));
        return services;
    }

    public static void MapPublic(this IEndpointRouteBuilder app) => app.MapOpenData();
}
