namespace StemCell.Domain.Model;

/// <summary>What kind of address a <see cref="SourceLocator"/> is.</summary>
public enum SourceLocatorKind
{
    /// <summary>A web address (http or https).</summary>
    Url = 0,

    /// <summary>A Digital Object Identifier, resolved through <c>https://doi.org/</c>.</summary>
    Doi = 1,
}
