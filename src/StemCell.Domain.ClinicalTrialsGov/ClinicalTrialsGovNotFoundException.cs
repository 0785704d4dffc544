using System.Net;

namespace StemCell.Domain.ClinicalTrialsGov;

/// <summary>The registry has no study with the NCT number asked for (it answered 404 Not Found).</summary>
public sealed class ClinicalTrialsGovNotFoundException : ClinicalTrialsGovHttpException
{
    /// <summary>Initializes a new instance of the <see cref="ClinicalTrialsGovNotFoundException"/> class.</summary>
    public ClinicalTrialsGovNotFoundException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ClinicalTrialsGovNotFoundException"/> class with a message.</summary>
    /// <param name="message">What was not found.</param>
    public ClinicalTrialsGovNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ClinicalTrialsGovNotFoundException"/> class with a message and its cause.</summary>
    /// <param name="message">What was not found.</param>
    /// <param name="innerException">The cause.</param>
    public ClinicalTrialsGovNotFoundException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ClinicalTrialsGovNotFoundException"/> class for a study.</summary>
    /// <param name="nctId">The NCT number asked for.</param>
    /// <param name="requestUri">The address requested.</param>
    /// <exception cref="ArgumentNullException"><paramref name="nctId"/> or <paramref name="requestUri"/> is null.</exception>
    public ClinicalTrialsGovNotFoundException(string nctId, Uri requestUri)
        : base(requestUri, HttpStatusCode.NotFound, 1, Describe(nctId, requestUri))
    {
        NctId = nctId;
    }

    /// <summary>Gets the NCT number asked for.</summary>
    /// <value>An NCT number such as <c>NCT03280056</c>, or null when the exception was made without one.</value>
    public string? NctId { get; }

    private static string Describe(string nctId, Uri requestUri)
    {
        ArgumentNullException.ThrowIfNull(nctId);
        ArgumentNullException.ThrowIfNull(requestUri);
        return $"ClinicalTrials.gov has no study {nctId}: GET {requestUri.AbsoluteUri} answered 404 (Not Found).";
    }
}
