export { ChoiceList, type Choice, type ChoiceListProps } from './ChoiceList.js';
export {
  createChoiceListModel,
  reduceChoiceList,
  rowWindow,
  type ChoiceListAction,
  type ChoiceListModel,
} from './choice-list-model.js';
