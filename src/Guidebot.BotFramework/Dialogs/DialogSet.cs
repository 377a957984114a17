namespace Guidebot.BotFramework.Dialogs;

/// <summary>The dialogs that can be begun by id.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    /// <summary>Adds a dialog; ids are unique within the set.</summary>
    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (!_dialogs.TryAdd(dialog.Id, dialog))
        {
            throw new InvalidOperationException($"A dialog with the id '{dialog.Id}' is already in the set.");
        }

        return this;
    }

    /// <summary>Finds a dialog of this set by id.</summary>
    public Dialog? Find(string dialogId) => _dialogs.GetValueOrDefault(dialogId);
}
