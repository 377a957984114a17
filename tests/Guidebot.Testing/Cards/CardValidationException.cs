namespace Guidebot.Testing.Cards;

/// <summary>Thrown by <see cref="CardValidationReport.EnsureValid"/> when a card fails a check.</summary>
public sealed class CardValidationException : Exception
{
    /// <summary>Creates the exception with no message.</summary>
    public CardValidationException()
    {
    }

    /// <summary>Creates the exception with a message naming the invalid cards.</summary>
    public CardValidationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the cause.</summary>
    public CardValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
