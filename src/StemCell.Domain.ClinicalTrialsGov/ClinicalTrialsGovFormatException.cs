namespace StemCell.Domain.ClinicalTrialsGov;

/// <summary>An input is not a ClinicalTrials.gov document at all: truncated JSON, an HTML error page, a binary file.</summary>
/// <remarks>
/// A document that is a registry document but holds a bad record is not an error of this kind: the readers report
/// such a record in its <see cref="ClinicalTrialsGovReadResult"/> and go on with the others.
/// </remarks>
public sealed class ClinicalTrialsGovFormatException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="ClinicalTrialsGovFormatException"/> class.</summary>
    public ClinicalTrialsGovFormatException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ClinicalTrialsGovFormatException"/> class with a message.</summary>
    /// <param name="message">What is wrong, naming the input and where in it.</param>
    public ClinicalTrialsGovFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ClinicalTrialsGovFormatException"/> class with a message and its cause.</summary>
    /// <param name="message">What is wrong, naming the input and where in it.</param>
    /// <param name="innerException">The cause.</param>
    public ClinicalTrialsGovFormatException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ClinicalTrialsGovFormatException"/> class for an input and a place in it.</summary>
    /// <param name="source">The input's name, such as a file name.</param>
    /// <param name="location">Where in the input, such as <c>line 3, position 14</c>, or null.</param>
    /// <param name="message">What was expected and what was found.</param>
    /// <param name="innerException">The cause, or null.</param>
    public ClinicalTrialsGovFormatException(string source, string? location, string message, Exception? innerException = null)
        : base(location is null ? $"{source}: {message}" : $"{source}, {location}: {message}", innerException)
    {
        InputName = source;
        Location = location;
    }

    /// <summary>Gets the input's name.</summary>
    /// <value>A file name, or null when the exception was made without one.</value>
    public string? InputName { get; }

    /// <summary>Gets where in the input the problem is.</summary>
    /// <value>Text such as <c>line 3, position 14</c>, or null.</value>
    public string? Location { get; }
}
