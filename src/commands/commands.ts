/** The function file of the ribbon: registers the 校验预算 command. */
import { validateBudget } from './handler';

Office.onReady(() => {
  Office.actions.associate('validateBudget', (event: Office.AddinCommands.Event) => validateBudget(event));
});
