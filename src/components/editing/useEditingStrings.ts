/** The editing strings in the current language. */
import { useApp } from '../app/AppContext';
import { editingStrings, EditingStrings } from './editingStrings';

export function useEditingStrings(): EditingStrings {
  return editingStrings[useApp().env.locale];
}
