namespace StemCell.Domain.ClinicalTrialsGov;

/// <summary>How a <see cref="ClinicalTrialsGovClient"/> reaches the registry and how it retries.</summary>
/// <remarks>
/// <para>
/// A request that the registry answers with 429 (Too Many Requests) or a 5xx status, or that fails in the network
/// (an <see cref="HttpRequestException"/>, a broken response body, or the <see cref="HttpClient.Timeout"/> elapsing),
/// is tried again, up to <see cref="MaxAttempts"/> attempts in all. Before attempt <c>n + 1</c> the client waits what
/// the response's <c>Retry-After</c> header says (delta seconds or an HTTP date), or else
/// <see cref="BaseDelay"/> × 2<sup>n − 1</sup>; either way never longer than <see cref="MaxDelay"/>. The delays have
/// no random jitter: one client paging through the registry has no crowd of peers to spread out from, and fixed
/// delays are predictable to operate and to test. A caller that runs many clients against the registry at once
/// can give each one a different <see cref="BaseDelay"/>.
/// </para>
/// <para>
/// Every property is checked when it is set, so an instance is valid or is not made at all. Derive variants with
/// <c>with</c>: <c>ClinicalTrialsGovClientOptions.Default with { MaxAttempts = 2 }</c>.
/// </para>
/// <para>Equality: value equality of every property; <see cref="TimeProvider"/> is compared by reference.</para>
/// </remarks>
public sealed record ClinicalTrialsGovClientOptions
{
    /// <summary>Gets the options with every default.</summary>
    /// <value>Base address <c>https://clinicaltrials.gov/api/v2/</c>, 4 attempts, 1 second base delay, 60 seconds maximum delay, the system clock.</value>
    public static ClinicalTrialsGovClientOptions Default { get; } = new();

    /// <summary>Gets the address of the registry's API v2, used when the client's <see cref="HttpClient"/> has no <see cref="HttpClient.BaseAddress"/>.</summary>
    /// <value>An absolute http or https address ending in <c>/</c>; <c>https://clinicaltrials.gov/api/v2/</c> by default.</value>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">The value is not an absolute http or https address ending in <c>/</c>, or has a query or fragment.</exception>
    public Uri BaseAddress
    {
        get;
        init => field = CheckBaseAddress(value, nameof(BaseAddress));
    } = new("https://clinicaltrials.gov/api/v2/");

    /// <summary>Gets how many times a request is tried in all before the client gives up.</summary>
    /// <value>At least 1 (1 means no retries); 4 by default.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxAttempts
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxAttempts), value, "At least one attempt is needed.");
    } = 4;

    /// <summary>Gets the wait before the first retry when the registry does not say how long to wait; each later retry waits twice as long as the one before.</summary>
    /// <value>Zero or more, up to one day; 1 second by default.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or longer than one day.</exception>
    public TimeSpan BaseDelay
    {
        get;
        init => field = CheckDelay(value, nameof(BaseDelay));
    } = TimeSpan.FromSeconds(1);

    /// <summary>Gets the longest the client waits before a retry, whatever the backoff or the registry's <c>Retry-After</c> says.</summary>
    /// <value>Zero or more, up to one day; 60 seconds by default.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or longer than one day.</exception>
    public TimeSpan MaxDelay
    {
        get;
        init => field = CheckDelay(value, nameof(MaxDelay));
    } = TimeSpan.FromSeconds(60);

    /// <summary>Gets the clock the client waits on between attempts and reads to turn a <c>Retry-After</c> date into a delay.</summary>
    /// <value><see cref="TimeProvider.System"/> by default; a fake clock in tests, so that they need not wait.</value>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public TimeProvider TimeProvider
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(TimeProvider));
    } = TimeProvider.System;

    /// <summary>Checks that an address can be the base of the registry's relative paths, such as <c>studies/NCT03280056</c>.</summary>
    internal static Uri CheckBaseAddress(Uri? value, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (!value.IsAbsoluteUri || (value.Scheme != Uri.UriSchemeHttp && value.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"'{value}' is not an absolute http or https address.", paramName);
        }

        if (!value.AbsolutePath.EndsWith('/') || value.Query.Length > 0 || value.Fragment.Length > 0)
        {
            throw new ArgumentException(
                $"'{value}' must end with '/' and have no query or fragment, so that paths such as 'studies/NCT03280056' resolve under it (e.g. 'https://clinicaltrials.gov/api/v2/').",
                paramName);
        }

        return value;
    }

    private static TimeSpan CheckDelay(TimeSpan value, string paramName) =>
        value >= TimeSpan.Zero && value <= TimeSpan.FromDays(1)
            ? value
            : throw new ArgumentOutOfRangeException(paramName, value, "A delay must be between zero and one day.");
}
